package org.precursor.api;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.precursor.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's browsable description runs in a real browser under its policy, listing the API's addresses. */
class ApiUiBrowserTests extends BrowserTest {

	@Test
	void listsTheApiWithoutAPolicyViolation() {
		consoleMessages();
		open("/swagger-ui/index.html");
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-summary-path")));

		assertThat(browser.findElements(By.cssSelector(".opblock-summary-path")).stream().map(e -> e.getText()))
			.contains("/api/claims", "/api/actors/{slug}");
		List<String> console = consoleMessages();
		assertThat(console).noneMatch(message -> message.contains("Content Security Policy"))
			.noneMatch(message -> message.startsWith("SEVERE"));
	}

}
