package org.precursor.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;

/**
 * One public page as rendered at one data version: its body, the same body compressed, and a validator naming its
 * content. The ETag is weak because the plain and the compressed body are the same page.
 */
record RenderedPage(long version, String contentType, byte[] body, byte[] gzipped, String etag) {

	static RenderedPage of(long version, String contentType, byte[] body) {
		return new RenderedPage(version, contentType, body, gzip(body), "W/\"" + DigestUtils.md5DigestAsHex(body) + "\"");
	}

	int weight() {
		return body.length + gzipped.length + 200;
	}

	void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (isKnownTo(request)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(contentType);
		byte[] sent = body;
		if (acceptsGzip(request)) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			sent = gzipped;
		}
		response.setContentLength(sent.length);
		response.getOutputStream().write(sent);
	}

	private boolean isKnownTo(HttpServletRequest request) {
		String known = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (known == null) {
			return false;
		}
		String tag = etag.substring(2);
		for (String candidate : known.split(",")) {
			String value = candidate.strip();
			if (value.equals("*") || value.equals(etag) || value.equals(tag)) {
				return true;
			}
		}
		return false;
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (accepted == null) {
			return false;
		}
		for (String coding : accepted.toLowerCase(Locale.ROOT).split(",")) {
			String[] parts = coding.strip().split(";");
			if (parts[0].strip().equals("gzip")) {
				return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
			}
		}
		return false;
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream(Math.max(64, body.length / 4));
		try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
			out.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return compressed.toByteArray();
	}

}
