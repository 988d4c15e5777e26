package org.precursor.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.precursor.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages pass axe-core's checks (WCAG 2.1 A and AA) in a real browser: axe-core 4.14.1 (MPL-2.0, shipped with the
 * tests from the npm package) is injected into each page after it has drawn, and must find no violation.
 */
class AccessibilityBrowserTests extends BrowserTest {

	private static final String AXE = read("/axe/axe.min.js");

	@ParameterizedTest
	@ValueSource(strings = { "/compare", "/supply-chain", "/supply-chain/map", "/network", "/actors/china",
			"/propositions/china-main-source-of-precursors", "/articles/1", "/supply-chain?stage=BOGUS" })
	void findsNoViolation(String path) {
		open(path);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> browser
			.findElements(By.cssSelector("[data-src]:not([data-state])")).isEmpty());

		assertThat(violations((JavascriptExecutor) browser)).as("axe-core violations on " + path).isEmpty();
	}

	/** What axe-core finds wrong with the page the browser shows, by rule and node. */
	static List<Map<String, Object>> violations(JavascriptExecutor page) {
		page.executeScript(AXE);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> violations = (List<Map<String, Object>>) page.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(result => done(result.violations.map(v => ({ id: v.id, nodes: v.nodes.map(n => n.target.join(' ') + ' ' + n.failureSummary) }))))
				  .catch(error => done([{ id: 'axe failed: ' + error, nodes: [] }]));""");
		return violations;
	}

	private static String read(String resource) {
		try (InputStream in = AccessibilityBrowserTests.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
