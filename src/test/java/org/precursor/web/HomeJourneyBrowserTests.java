package org.precursor.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.precursor.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class HomeJourneyBrowserTests extends BrowserTest {

	@Test
	void showsTheHomePageWithItsStylesheetAndCounts() {
		open("/");

		assertThat(waitFor(By.tagName("h1")).getText()).contains("fentanyl supply chain");
		assertThat(browser.findElement(By.cssSelector("#counts .stat-number")).getText()).matches("\\d+");
		// Bootstrap from its WebJar styled the page: the navbar is laid out as a flex row.
		assertThat(browser.findElement(By.cssSelector(".navbar")).getCssValue("display")).isEqualTo("flex");
	}

}
