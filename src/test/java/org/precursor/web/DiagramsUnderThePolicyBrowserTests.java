package org.precursor.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.precursor.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diagrams draw under the site's strict Content-Security-Policy (no inline styles): a page with a chart leaves
 * no policy violation and no error in the browser's console.
 */
class DiagramsUnderThePolicyBrowserTests extends BrowserTest {

	@ParameterizedTest
	@CsvSource({ "/network, network-graph", "/supply-chain, chain-diagram", "/supply-chain/map, geo-map",
			"/network?actor=, network-graph", "/supply-chain/compare, ", "/actors/china, actor-network" })
	void drawsWithoutAPolicyViolationOrAConsoleError(String path, String chartId) {
		consoleMessages();
		open(path);
		if (chartId != null) {
			new WebDriverWait(browser, Duration.ofSeconds(10))
				.until(ExpectedConditions.attributeToBe(By.id(chartId), "data-state", "ready"));
			assertThat(paintedPixels(chartId)).as("pixels the chart painted").isGreaterThan(2000);
		}
		else {
			new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
		}

		List<String> console = consoleMessages();
		assertThat(console).as("console of " + path)
			.noneMatch(message -> message.contains("Content Security Policy"))
			.noneMatch(message -> message.startsWith("SEVERE"));
	}

}
