package org.precursor.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Addresses the servlet container itself refuses or that only a real server sees (overlong queries, encoded path
 * traversal), sent over a socket exactly as typed: each gets the site's own page with its layout, a message and the
 * security headers, never Tomcat's bare error page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadAddressTests {

	@LocalServerPort
	private int port;

	record BadAddress(String target, int status, String message) {

		@Override
		public String toString() {
			return target.length() > 60 ? target.substring(0, 60) + "… (" + target.length() + " characters)" : target;
		}

	}

	static List<BadAddress> badAddresses() {
		return List.of(new BadAddress("/claims?q=" + "a".repeat(10_000), 400, "keep it under 500 characters"),
				new BadAddress("/search?q=" + "a".repeat(10_000), 400, "keep it under 500 characters"),
				new BadAddress("/search?q=" + "a".repeat(40_000), 400, "keep it under 500 characters"),
				new BadAddress("/actors/..%2f..%2fetc", 400, "could not be read"),
				new BadAddress("/actors/..%2F..%2F..%2Fetc%2Fpasswd", 400, "could not be read"),
				new BadAddress("/actors/%2e%2e%2f%2e%2e%2fetc", 400, "could not be read"),
				new BadAddress("/actors/a%00b", 400, "could not be read"),
				new BadAddress("/claims?q=%ZZ", 400, "could not be read"),
				new BadAddress("/search?q=" + "a".repeat(100_000), 400, "could not be read"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badAddresses")
	void answersWithTheSitesOwnErrorPage(BadAddress address) throws IOException {
		String response = send(address.target());
		String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
		String body = response.substring(head.length());

		assertThat(head).as("status line").startsWith("HTTP/1.1 " + address.status() + " ");
		assertThat(body).as("the site's layout").contains("— Precursor</title>").contains("href=\"/claims\"");
		assertThat(body).contains(address.message()).doesNotContain("Apache Tomcat");
		assertThat(head.toLowerCase()).as("security headers").contains("content-security-policy:");
	}

	/** Sends the request line as given, without a client library normalising or refusing it first. */
	private String send(String target) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: text/html\r\n"
					+ "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
