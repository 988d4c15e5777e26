package org.precursor.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.precursor.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main pages at a desktop's and a phone's width: none wider than the window, the longest pages kept to a length
 * a reader can take in, and a full-page screenshot of each left in {@code target/screenshots/} with the pages'
 * heights in {@code target/screenshots/heights.txt}, for a reviewer to look at.
 */
class MainPagesAtTwoWidthsBrowserTests extends BrowserTest {

	private static final Path SHOTS = Path.of("target", "screenshots");

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void restoreTheWindow() {
		browser.manage().window().setSize(new Dimension(1280, 1000));
	}

	@Test
	void fitTheWindowAndStayReadablyShortAtBothWidths() throws IOException {
		long longestArticle = jdbc.queryForObject(
				"select article_id from claim group by article_id order by count(*) desc, article_id limit 1", Long.class);
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("home", "/");
		pages.put("china", "/actors/china");
		pages.put("longest-article", "/articles/" + longestArticle);
		pages.put("proposition", "/propositions/china-main-source-of-precursors");
		pages.put("supply-chain", "/supply-chain");
		pages.put("supply-chain-map", "/supply-chain/map");
		pages.put("network", "/network");
		pages.put("compare", "/compare");
		pages.put("claims", "/claims");
		Files.createDirectories(SHOTS);
		StringBuilder heights = new StringBuilder("page\twidth\theight (CSS pixels)\n");
		Map<String, Long> at1280 = new LinkedHashMap<>();
		for (int width : new int[] { 1280, 390 }) {
			browser.manage().window().setSize(new Dimension(width, 900));
			for (Map.Entry<String, String> page : pages.entrySet()) {
				open(page.getValue());
				waitUntilDrawn();
				JavascriptExecutor script = (JavascriptExecutor) browser;
				long scrollWidth = ((Number) script.executeScript("return document.documentElement.scrollWidth;")).longValue();
				long clientWidth = ((Number) script.executeScript("return document.documentElement.clientWidth;")).longValue();
				assertThat(scrollWidth).as(page.getValue() + " at " + width + ": page width against the window's")
					.isLessThanOrEqualTo(clientWidth);
				long height = ((Number) script.executeScript("return document.documentElement.scrollHeight;")).longValue();
				heights.append(page.getKey()).append('\t').append(width).append('\t').append(height).append('\n');
				if (width == 1280) {
					at1280.put(page.getKey(), height);
				}
				screenshot(page.getKey() + "-" + width + ".png", height);
			}
		}
		Files.writeString(SHOTS.resolve("heights.txt"), heights);
		// once 22,000 and 26,000 pixels long, before the summaries and the folded groups
		assertThat(at1280.get("china")).as("China's page at 1280").isLessThan(9000);
		assertThat(at1280.get("longest-article")).as("the longest article's page at 1280").isLessThan(15000);
	}

	private void waitUntilDrawn() {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(driver -> browser.findElements(By.cssSelector("[data-src]:not([data-state])")).isEmpty());
	}

	/** The whole page, not only the window, through the browser's own capture. */
	private void screenshot(String name, long height) throws IOException {
		long width = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth;"))
			.longValue();
		Map<String, Object> shot = ((ChromeDriver) browser).executeCdpCommand("Page.captureScreenshot", Map.of("format",
				"png", "captureBeyondViewport", true, "clip",
				Map.of("x", 0, "y", 0, "width", width, "height", Math.min(height, 16000), "scale", 1)));
		Files.write(SHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
	}

}
