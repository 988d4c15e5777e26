package org.precursor.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.precursor.support.BrowserTest;
import org.precursor.support.Fixtures;
import org.precursor.support.SessionCookieClient;
import org.precursor.support.TestAdmin;
import org.precursor.web.Slugs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin signs in, adds an article with its text, picks one claim's quote from that text (said by an existing
 * actor, found by alias) and adds a second claim by a new actor, then finds both on the article's admin page and
 * in the history, signs out, and finds both claims on the public actor and claims pages.
 */
class AdminJourneyBrowserTests extends BrowserTest {

	private static final String BODY = "Beijing rejected the accusations on Tuesday. \"China has always been firmly "
			+ "opposed to drug trafficking,\" the foreign ministry said. A Chinese diplomat said the talks were useful.";

	@Test
	void anAdminAddsAnArticleWithTwoClaimsOneByANewActor() {
		String title = Fixtures.unique("Beijing rejects fentanyl accusations");
		String newActor = Fixtures.unique("Xie Feng");

		open("/admin");
		waitUntilUrlContains("/login");
		String sessionBefore = browser.manage().getCookieNamed(SessionCookieClient.COOKIE).getValue();
		browser.findElement(By.id("username")).sendKeys(TestAdmin.USERNAME);
		browser.findElement(By.id("password")).sendKeys(TestAdmin.PASSWORD);
		submit(browser.findElement(By.cssSelector("main button[type=submit]")));
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Admin");
		assertThat(browser.manage().getCookieNamed(SessionCookieClient.COOKIE).getValue()).isNotEqualTo(sessionBefore);

		press(browser.findElement(By.linkText("Add an article")));
		waitFor(By.id("url")).sendKeys("https://news.example/" + title.hashCode() + "?utm_source=feed");
		browser.findElement(By.id("title")).sendKeys(title);
		browser.findElement(By.id("outletName")).sendKeys("Reuters");
		// The date picker's typing order depends on the browser's locale; set it as a script filling the form would.
		((JavascriptExecutor) browser).executeScript("arguments[0].value = '2024-11-26'", browser.findElement(By.id("publishedOn")));
		browser.findElement(By.id("body")).sendKeys(BODY);
		submit(browser.findElement(By.cssSelector("form.admin-form button[type=submit]")));
		assertThat(waitFor(By.id("saved-message")).getText()).contains("Article saved");

		selectInArticleText("China has always been firmly opposed to drug trafficking,");
		press(browser.findElement(By.id("use-selection")));
		WebElement text = browser.findElement(By.id("text"));
		assertThat(text.getAttribute("value")).isEqualTo("China has always been firmly opposed to drug trafficking,");
		browser.findElement(By.id("claimant")).sendKeys("PRC");
		browser.findElement(By.id("about")).sendKeys("United States");
		new Select(browser.findElement(By.id("stances0.proposition"))).selectByIndex(1);
		new Select(browser.findElement(By.id("stances0.stance"))).selectByVisibleText("disputes it");
		submit(browser.findElement(By.cssSelector(".claim-form button[type=submit]")));
		assertThat(waitFor(By.id("saved-message")).getText()).contains("Claim added");

		press(browser.findElement(By.cssSelector("details.new-actor summary")));
		waitFor(By.id("newActorName")).sendKeys(newActor);
		new Select(browser.findElement(By.id("newActorType"))).selectByVisibleText("Person");
		browser.findElement(By.id("newActorCountry")).sendKeys("China");
		new Select(browser.findElement(By.id("kind"))).selectByVisibleText("Reported speech");
		browser.findElement(By.id("text")).sendKeys("A Chinese diplomat said the talks were useful.");
		submit(browser.findElement(By.cssSelector(".claim-form button[type=submit]")));
		assertThat(waitFor(By.id("saved-message")).getText()).contains("Claim added");

		assertThat(browser.findElement(By.id("claims-title")).getText()).isEqualTo("Claims (2)");
		assertThat(browser.findElements(By.cssSelector(".admin-claims .claim")))
			.extracting(WebElement::getText)
			.satisfiesExactly(
					first -> assertThat(first).contains("China", "Direct quote", "China has always been firmly opposed"),
					second -> assertThat(second).contains(newActor, "Reported speech", "the talks were useful"));

		press(browser.findElement(By.linkText("History")));
		String history = waitFor(By.cssSelector("ol.revisions")).getText();
		assertThat(history).contains("Created actor " + newActor, "Created article " + title, "by " + TestAdmin.USERNAME,
				"A Chinese diplomat said the talks were useful.");

		press(browser.findElement(By.id("sign-out")));
		waitUntilUrlContains("signed-out");
		assertThat(browser.findElement(By.linkText("Sign in")).isDisplayed()).isTrue();

		// A reader now finds both claims on the public pages.
		open("/actors/" + Slugs.of(newActor));
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo(newActor);
		assertThat(browser.findElement(By.tagName("main")).getText())
			.contains("A Chinese diplomat said the talks were useful.", title);
		open("/claims?claimant=china&q=" + URLEncoder.encode("firmly opposed to drug trafficking", StandardCharsets.UTF_8));
		assertThat(waitFor(By.tagName("main")).getText())
			.contains("China has always been firmly opposed to drug trafficking", title);
	}

	/**
	 * Scrolls the element into the window, as a reader would, and clicks it. A page opened at an anchor may still
	 * be scrolling smoothly, so this waits until the element stays in view.
	 */
	private void press(WebElement element) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> (Boolean) ((JavascriptExecutor) driver)
			.executeScript("""
					arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});
					const box = arguments[0].getBoundingClientRect();
					return box.top >= 0 && box.bottom <= window.innerHeight;""", element));
		element.click();
	}

	/** Sends a form and waits until the browser has left its page, so what follows reads the answer. */
	private void submit(WebElement button) {
		press(button);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> isGone(button));
	}

	/**
	 * Whether the element's page has gone. While the next page replaces it, Chromium may answer a question about the
	 * old element with "Node with given id does not belong to the document" rather than a stale reference.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException gone) {
			return true;
		}
		catch (WebDriverException replaced) {
			if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw replaced;
		}
	}

	/** Selects words in the article's text as a reader would with the mouse. */
	private void selectInArticleText(String words) {
		((JavascriptExecutor) browser).executeScript("""
				const text = document.getElementById('article-body').firstChild;
				const start = text.data.indexOf(arguments[0]);
				const range = document.createRange();
				range.setStart(text, start);
				range.setEnd(text, start + arguments[0].length);
				window.getSelection().removeAllRanges();
				window.getSelection().addRange(range);""", words);
	}

}
