package org.precursor.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Public pages as readers get them, rendered once per {@link DataVersion} and served from memory until an editor
 * changes something. Only readers who are not signed in and have no session get kept pages, since a signed-in page
 * carries the editor's name and CSRF token; only complete, successful HTML and JSON answers are kept, and only if
 * rendering them set no cookie and started no session.
 * <p>
 * Every public page also carries an ETag, so a browser that has the page asks again with {@code If-None-Match} and
 * gets {@code 304 Not Modified}; kept pages are stored compressed as well, for readers that accept gzip.
 * <p>
 * It runs inside the security filters, so every answer, kept or not, carries the same security headers. A request
 * that may write (any method but GET, HEAD and OPTIONS) by a signed-in account moves the data version on once it has
 * been answered, which retires every kept page on every instance; sign-in and sign-out change nothing readers see.
 */
public class PublicPageCache extends OncePerRequestFilter {

	/** Memory for kept pages, all together; the least recently used go first. */
	static final long CAPACITY_BYTES = 48L * 1024 * 1024;

	/** A larger page is served as rendered but not kept. */
	static final int LARGEST_KEPT_PAGE = 2 * 1024 * 1024;

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static final Set<String> SIGN_IN_PATHS = Set.of("/login", "/logout");

	/** Posts that write nothing, so keep every kept page: proposing claims from a text, by the API or a form. */
	private static final Pattern READ_ONLY_POSTS = Pattern.compile("/api/extractions|/admin/articles/\\d+/proposals");

	/**
	 * Downloads written as they are read, which may be far larger than any kept page: they go straight through,
	 * never held in memory to be kept.
	 */
	static final String STREAMED_PATHS = "/export/";

	/** How long a request for a page waits for the same page that another request is already rendering. */
	static final long LONGEST_WAIT_SECONDS = 30;

	private final DataVersion dataVersion;

	/**
	 * Pages being rendered now. A page that many readers ask for at once, as after an edit, is rendered once: the
	 * first request renders it and the others wait for its result.
	 */
	private final ConcurrentHashMap<String, CompletableFuture<RenderedPage>> renderings = new ConcurrentHashMap<>();

	private final Cache<String, RenderedPage> pages = Caffeine.newBuilder()
		.maximumWeight(CAPACITY_BYTES)
		.weigher((String key, RenderedPage page) -> key.length() + page.weight())
		.build();

	public PublicPageCache(DataVersion dataVersion) {
		this.dataVersion = dataVersion;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"GET".equals(request.getMethod())) {
			boolean writes = !SAFE_METHODS.contains(request.getMethod()) && request.getUserPrincipal() != null
					&& !SIGN_IN_PATHS.contains(pathOf(request)) && !READ_ONLY_POSTS.matcher(pathOf(request)).matches();
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (writes) {
					dataVersion.changed();
				}
			}
			return;
		}
		if (!isForReader(request) || pathOf(request).startsWith(STREAMED_PATHS)) {
			chain.doFilter(request, response);
			return;
		}
		long version = dataVersion.current();
		String key = keyOf(request);
		RenderedPage kept = pages.getIfPresent(key);
		if (kept != null && kept.version() == version) {
			kept.writeTo(request, response);
			return;
		}
		CompletableFuture<RenderedPage> mine = new CompletableFuture<>();
		CompletableFuture<RenderedPage> underWay = renderings.putIfAbsent(key, mine);
		if (underWay != null) {
			RenderedPage theirs = awaitRendering(underWay);
			if (theirs != null && theirs.version() == version) {
				theirs.writeTo(request, response);
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		try {
			mine.complete(render(request, response, chain, key, version));
		}
		finally {
			mine.complete(null);
			renderings.remove(key, mine);
		}
	}

	/** Renders the page through the rest of the chain and keeps it if it may be kept; returns it then, else null. */
	private RenderedPage render(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			String key, long version) throws IOException, ServletException {
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (!isKeepable(request, rendering)) {
			rendering.copyBodyToResponse();
			return null;
		}
		RenderedPage page = RenderedPage.of(version, rendering.getContentType(), rendering.getContentAsByteArray());
		pages.put(key, page);
		rendering.resetBuffer();
		page.writeTo(request, response);
		return page;
	}

	/** The page another request is rendering, once it is done; null if it could not be kept or took too long. */
	private static RenderedPage awaitRendering(CompletableFuture<RenderedPage> rendering) {
		try {
			return rendering.get(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	/** Drops every kept page of this instance; for tests and for changes made outside requests. */
	public void clear() {
		pages.invalidateAll();
	}

	private static boolean isForReader(HttpServletRequest request) {
		return request.getSession(false) == null && request.getHeader(HttpHeaders.AUTHORIZATION) == null
				&& SignedIn.username().isEmpty();
	}

	private static boolean isKeepable(HttpServletRequest request, ContentCachingResponseWrapper rendering) {
		String type = rendering.getContentType();
		return rendering.getStatus() == HttpServletResponse.SC_OK && request.getSession(false) == null
				&& rendering.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
				&& rendering.getHeader(HttpHeaders.CACHE_CONTROL) == null
				&& rendering.getHeader(HttpHeaders.CONTENT_ENCODING) == null && type != null
				&& (type.startsWith("text/html") || type.startsWith("application/json")
						|| type.startsWith("application/atom+xml"))
				&& rendering.getContentSize() <= LARGEST_KEPT_PAGE;
	}

	/** The path and every parameter in the order given, however the request carries them. */
	private static String keyOf(HttpServletRequest request) {
		StringBuilder key = new StringBuilder(request.getRequestURI());
		char separator = '?';
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				key.append(separator).append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8)).append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
				separator = '&';
			}
		}
		return key.toString();
	}

	private static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
