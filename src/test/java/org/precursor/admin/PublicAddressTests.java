package org.precursor.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.precursor.support.SessionCookieClient;
import org.precursor.support.TestAdmin;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running server behind a proxy, and a request naming another host: the session cookie is Secure when the proxy
 * says the reader came over HTTPS, and neither redirects nor canonical links repeat the Host header. Plain sockets,
 * because Java's HTTP client will not send a Host header of its choosing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicAddressTests {

	private static final String EVIL = "evil.example";

	@LocalServerPort
	private int port;

	@Test
	void marksTheSessionCookieSecureWhenTheProxySaysTheRequestCameOverHttps() throws IOException {
		Answer page = send("GET /login HTTP/1.1", List.of("X-Forwarded-Proto: https"), null);

		assertThat(page.header("Set-Cookie")).startsWith(SessionCookieClient.COOKIE + "=").containsIgnoringCase("; Secure")
			.containsIgnoringCase("HttpOnly");
	}

	@Test
	void keepsTheSessionCookieWithoutSecureOverPlainHttp() throws IOException {
		Answer page = send("GET /login HTTP/1.1", List.of(), null);

		assertThat(page.header("Set-Cookie")).startsWith(SessionCookieClient.COOKIE + "=").doesNotContainIgnoringCase("secure");
	}

	@Test
	void takesCanonicalLinksFromTheConfiguredAddressNotTheHostHeader() throws IOException {
		Answer page = send("GET /claims?kind=DIRECT_QUOTE&page=2 HTTP/1.1", List.of(), null);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<link rel=\"canonical\" href=\"http://localhost/claims?kind=DIRECT_QUOTE\">")
			.doesNotContain(EVIL);
	}

	@Test
	void redirectsToPathsNeverToTheHostHeader() throws IOException {
		Answer anonymous = send("GET /admin/history HTTP/1.1", List.of(), null);
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.header("Location")).isEqualTo("/login");
		String cookie = anonymous.header("Set-Cookie").split(";")[0];

		Answer form = send("GET /login HTTP/1.1", List.of("Cookie: " + cookie), null);
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(token.find()).as("the sign-in form carries its CSRF token").isTrue();

		String credentials = "username=" + TestAdmin.USERNAME + "&password="
				+ URLEncoder.encode(TestAdmin.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		Answer signedIn = send("POST /login HTTP/1.1",
				List.of("Cookie: " + cookie, "Content-Type: application/x-www-form-urlencoded"), credentials);

		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).startsWith("/admin/history").doesNotContain(EVIL);
	}

	private Answer send(String requestLine, List<String> headers, String body) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: ").append(EVIL)
				.append("\r\nConnection: close\r\n");
			headers.forEach(header -> request.append(header).append("\r\n"));
			byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
			if (body != null) {
				request.append("Content-Length: ").append(content.length).append("\r\n");
			}
			request.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
			out.write(content);
			out.flush();
			return Answer.read(socket.getInputStream());
		}
	}

	private record Answer(int status, List<String> headers, String body) {

		static Answer read(InputStream in) throws IOException {
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			in.transferTo(all);
			String text = all.toString(StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			String[] lines = text.substring(0, end).split("\r\n");
			List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
			return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
		}

		/** The first value of a header, or null. */
		String header(String name) {
			return headers.stream()
				.filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
				.map(line -> line.substring(name.length() + 1).strip())
				.findFirst()
				.orElse(null);
		}

	}

}
