package org.precursor.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's browser without a screen, for tests against running servers: Java's HTTP client with a cookie store,
 * following no redirects, so that a test sees them. Like a browser's, its cookies go to every port of a host, so
 * servers on several ports of one host stand for one site behind a proxy. It sends a form as a browser does: every
 * field as the page filled it in (the CSRF token and the record's version too), with the changes the test makes.
 */
public final class HttpVisitor {

	private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);

	private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");

	private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);

	private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);

	private static final Pattern SELECTED_OPTION = Pattern.compile("<option\\b([^>]*\\bselected\\b[^>]*)>");

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	/** One answer: its status, where it redirects (or null) and its body. */
	public record Page(int status, String location, String body) {

		public boolean redirectsTo(String path) {
			return (status == 302 || status == 303) && path.equals(location);
		}

	}

	public Page get(URI uri) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri).GET());
	}

	/**
	 * Opens {@code page}, fills in the form whose action is {@code action} with {@code changes} over the values the
	 * page gave, and posts it to the same server.
	 */
	public Page submit(URI page, String action, Map<String, String> changes) throws IOException, InterruptedException {
		Page form = get(page);
		assertThat(form.status()).as("GET " + page).isEqualTo(200);
		Map<String, String> fields = fieldsOf(form.body(), action);
		fields.putAll(changes);
		String body = fields.entrySet().stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(page.resolve(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** The value of a cookie this visitor holds for the host of {@code uri}. */
	public Optional<String> cookie(URI uri, String name) {
		return cookies.getCookieStore().get(uri).stream().filter(cookie -> cookie.getName().equals(name))
			.map(HttpCookie::getValue).findFirst();
	}

	/** Takes a cookie as if a server had set it, as someone replaying a copied cookie would. */
	public void setCookie(URI uri, String name, String value) {
		HttpCookie cookie = new HttpCookie(name, value);
		cookie.setPath("/");
		cookie.setVersion(0);
		cookies.getCookieStore().add(uri, cookie);
	}

	private Page send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
				response.body());
	}

	/** The named fields of the form with that action, as a browser would send them (buttons aside). */
	static Map<String, String> fieldsOf(String html, String action) {
		Matcher form = FORM.matcher(html);
		while (form.find()) {
			if (!action.equals(attribute(form.group(1), "action"))) {
				continue;
			}
			Map<String, String> fields = new LinkedHashMap<>();
			String content = form.group(2);
			for (Matcher input = INPUT.matcher(content); input.find();) {
				String name = attribute(input.group(1), "name");
				String type = attribute(input.group(1), "type");
				if (name != null && !"submit".equals(type) && !"checkbox".equals(type)) {
					fields.put(name, Optional.ofNullable(attribute(input.group(1), "value")).orElse(""));
				}
			}
			for (Matcher textarea = TEXTAREA.matcher(content); textarea.find();) {
				fields.put(attribute(textarea.group(1), "name"), HtmlUtils.htmlUnescape(textarea.group(2)));
			}
			for (Matcher select = SELECT.matcher(content); select.find();) {
				Matcher selected = SELECTED_OPTION.matcher(select.group(2));
				fields.put(attribute(select.group(1), "name"), selected.find() ? attribute(selected.group(1), "value") : "");
			}
			return fields;
		}
		throw new AssertionError("no form with action " + action + " on the page");
	}

	private static String attribute(String attributes, String name) {
		Matcher value = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
		return value.find() ? HtmlUtils.htmlUnescape(value.group(1)) : null;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
