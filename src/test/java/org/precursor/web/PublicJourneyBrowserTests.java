package org.precursor.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.precursor.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A reader's paths through the public pages in a real browser, with htmx doing its part. */
class PublicJourneyBrowserTests extends BrowserTest {

	@Test
	void fromTheHomePageToAnActorThenItsClaimsFromOneOutletThenAClaimsArticle() {
		open("/");
		browser.findElement(By.linkText("China")).click();
		waitUntilUrlContains("/actors/china");
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("China");

		browser.findElement(By.cssSelector("#claims-made .section-note a")).click();
		waitUntilUrlContains("/claims?claimant=china");
		WebElement reuters = waitFor(By.id("facet-outlet-reuters"));
		int expected = Integer.parseInt(browser.findElement(By.cssSelector("label[for=facet-outlet-reuters] .facet-count")).getText());
		reuters.click();

		waitUntilUrlContains("outlet=reuters");
		assertThat(browser.getCurrentUrl()).endsWith("/claims?outlet=reuters&claimant=china");
		wait(ExpectedConditions.elementSelectionStateToBe(By.id("facet-outlet-reuters"), true));
		assertThat(resultCount()).isEqualTo(expected);
		List<WebElement> sources = browser.findElements(By.cssSelector(".claim-list .claim-source"));
		assertThat(sources).hasSize(expected).allSatisfy(source -> assertThat(source.getText()).contains("Reuters"));
		// China made each claim, alone or jointly with others ("U.S. authorities and China").
		assertThat(browser.findElements(By.cssSelector(".claim-list .claim-head")))
			.allSatisfy(head -> assertThat(head.findElements(By.cssSelector(".claimant")))
				.anySatisfy(claimant -> assertThat(claimant.getText()).isEqualTo("China")));

		WebElement article = browser.findElement(By.cssSelector(".claim-list .claim-article"));
		String title = article.getText();
		article.click();
		waitUntilUrlContains("/articles/");
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(browser.findElement(By.cssSelector(".breadcrumb")).getText()).contains("Articles");
	}

	@Test
	void theBackButtonUndoesAFilterChosenWithoutReloading() {
		open("/claims?claimant=china");
		int unfiltered = resultCount();
		waitFor(By.id("facet-outlet-reuters")).click();
		waitUntilUrlContains("outlet=reuters");

		browser.navigate().back();

		wait(driver -> !driver.getCurrentUrl().contains("outlet="));
		wait(ExpectedConditions.elementSelectionStateToBe(By.id("facet-outlet-reuters"), false));
		assertThat(resultCount()).isEqualTo(unfiltered).isPositive();
	}

	@Test
	void aCellOfTheCompareMatrixLeadsToTheClaimsBehindIt() {
		open("/compare");
		WebElement cell = waitFor(By.cssSelector(".matrix a.cell"));
		// the cell shows its side and count; the rest of its name, hidden, says whose cell it is
		String shown = cell.findElement(By.tagName("small")).getText();
		java.util.regex.Matcher mixed = java.util.regex.Pattern.compile("(\\d+) for, (\\d+) against").matcher(shown);
		int claims = mixed.matches() ? Integer.parseInt(mixed.group(1)) + Integer.parseInt(mixed.group(2))
				: Integer.parseInt(shown.replaceAll("(\\d+) claims?", "$1"));
		String whose = cell.findElement(By.cssSelector(".visually-hidden")).getDomProperty("textContent");
		String actor = whose.substring(2, whose.indexOf(" on “"));

		cell.click();

		waitUntilUrlContains("/claims?claimant=");
		assertThat(browser.getCurrentUrl()).contains("proposition=");
		assertThat(resultCount()).isEqualTo(claims);
		assertThat(browser.findElement(By.cssSelector(".active-filters")).getText()).contains("Claimant: " + actor);
	}

	@Test
	void theSearchBoxInTheHeaderFindsChinaByPrc() {
		open("/outlets");
		WebElement box = waitFor(By.id("site-search-q"));
		box.sendKeys("PRC");
		box.submit();

		waitUntilUrlContains("/search?q=PRC");
		WebElement firstActor = waitFor(By.cssSelector("#actor-results .hit-title"));
		assertThat(firstActor.getText()).isEqualTo("China");
		assertThat(browser.findElement(By.cssSelector("#actor-results .match-note")).getText()).contains("PRC");

		firstActor.click();
		waitUntilUrlContains("/actors/china");
	}

	private int resultCount() {
		return Integer.parseInt(waitFor(By.cssSelector(".result-count strong")).getText());
	}

	private <T> T wait(ExpectedCondition<T> condition) {
		return new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
	}

}
