package org.precursor.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.precursor.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A claim page in a real browser: its JSON-LD data block and citation script run under the site's policy without a
 * violation, the citation is dated with the reader's day, and the copy button appears and answers.
 */
class CiteClaimBrowserTests extends BrowserTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void citesTheClaimUnderThePolicy() {
		long id = jdbc.queryForObject("select id from claim where seed_key = 'ap-01'", Long.class);
		consoleMessages();
		open("/claims/" + id);

		WebElement button = waitFor(By.cssSelector("[data-copy-citation]"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> button.isDisplayed());
		WebElement accessed = browser.findElement(By.cssSelector("#claim-citation time[data-access-date]"));
		assertThat(accessed.getDomAttribute("datetime")).isIn(LocalDate.now().toString(),
				LocalDate.now().minusDays(1).toString(), LocalDate.now().plusDays(1).toString());
		button.click();
		WebElement status = browser.findElement(By.cssSelector("[data-copy-status]"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !status.getText().isBlank());

		assertThat(browser.findElement(By.id("claim-citation")).getText()).contains("Precursor, claim " + id);
		List<String> console = consoleMessages();
		assertThat(console).noneMatch(message -> message.contains("Content Security Policy"))
			.noneMatch(message -> message.startsWith("SEVERE"));
	}

}
