package org.precursor.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.precursor.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of public page, the error pages included, in Chromium at a desktop's, a small laptop's, a tablet's and
 * a phone's width: nothing wider than the window, nothing in the console (no error, no policy violation), and no
 * axe-core violation.
 */
class EveryPublicPageBrowserTests extends BrowserTest {

	private static final int[] WIDTHS = { 1280, 1024, 768, 390 };

	/** The error pages answer 400 or 404, which the console reports for the page itself; nothing else may appear. */
	private static final String OWN_STATUS = "the server responded with a status of";

	static Stream<String> pages() {
		List<String> pages = new ArrayList<>(SeedPages.ALL);
		pages.addAll(List.of("/supply-chain/compare", "/supply-chain/links/1", "/supply-chain/actors/china", "/login",
				"/claims?stance=sideways", "/actors/no-such-actor"));
		return pages.stream();
	}

	@AfterEach
	void restoreTheWindow() {
		browser.manage().window().setSize(new Dimension(1280, 1000));
	}

	@ParameterizedTest
	@MethodSource("pages")
	void fitsEveryWidthWithAQuietConsoleAndNoAccessibilityViolation(String path) {
		consoleMessages();
		for (int width : WIDTHS) {
			browser.manage().window().setSize(new Dimension(width, 900));
			open(path);
			waitUntilDrawn();
			JavascriptExecutor page = (JavascriptExecutor) browser;
			long scrollWidth = ((Number) page.executeScript("return document.documentElement.scrollWidth;")).longValue();
			long clientWidth = ((Number) page.executeScript("return document.documentElement.clientWidth;")).longValue();
			assertThat(scrollWidth).as(path + " at " + width + " px: the page's width against the window's")
				.isLessThanOrEqualTo(clientWidth);
			assertThat(consoleMessages()).as("console of " + path + " at " + width + " px")
				.filteredOn(message -> !message.contains(OWN_STATUS))
				.noneMatch(message -> message.startsWith("SEVERE") || message.contains("Content Security Policy"));
			if (width == 1280 || width == 390) {
				assertThat(AccessibilityBrowserTests.violations(page)).as("axe-core on " + path + " at " + width + " px")
					.isEmpty();
			}
		}
	}

	private void waitUntilDrawn() {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(driver -> browser.findElements(By.cssSelector("[data-src]:not([data-state])")).isEmpty());
	}

}
