package org.precursor.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import org.precursor.article.Article;
import org.precursor.support.BrowserTest;
import org.precursor.support.Fixtures;
import org.precursor.support.TestAdmin;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor proposes claims from an article's text in a real browser, with the application's own extractor: the
 * script asks the API under the page's policy, the review passes axe-core and fits a desktop and a phone window, and
 * accepting a proposal makes it a claim of the article.
 */
class ProposeClaimsBrowserTests extends BrowserTest {

	private static final String QUOTE = "These machines can make thousands of counterfeit pills an hour";

	private static final String TEXT = "Customs officers seized six pill presses at the port of Long Beach on Tuesday.\n\n"
			+ "“" + QUOTE + ",” the Drug Enforcement Administration said in a statement.\n\n"
			+ "China's foreign ministry said that Beijing had tightened controls on precursor chemicals.";

	@Autowired
	private ApplicationContext context;

	@AfterEach
	void restoreTheWindow() {
		if (browser != null) {
			browser.manage().window().setSize(new Dimension(1280, 1000));
		}
	}

	@Test
	void proposesFromPastedTextAndAcceptsOneAsAClaim() {
		Article article = Fixtures.in(context).article("Pill presses seized", TEXT);
		signIn();
		consoleMessages();
		open("/admin/articles/" + article.getId());

		WebElement text = waitFor(By.id("articleText"));
		text.clear();
		text.sendKeys(TEXT);
		proposeButton().click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#proposal-list .proposal"), 1));

		WebElement first = browser.findElement(By.id("proposal-0"));
		assertThat(first.findElement(By.cssSelector("mark")).getText()).isEqualTo(QUOTE);
		assertThat(first.findElement(By.cssSelector("blockquote")).getText()).contains("the Drug Enforcement Administration said");
		assertThat(first.findElement(By.cssSelector("[data-field='speakerLink']")).getText())
			.isEqualTo("Drug Enforcement Administration");
		assertThat(first.findElement(By.id("proposals0.claim.claimant")).getDomProperty("value"))
			.isEqualTo("Drug Enforcement Administration");
		assertThat(first.findElement(By.id("proposals0.claim.kind")).getDomProperty("value")).isEqualTo("DIRECT_QUOTE");
		assertThat(browser.findElement(By.id("propose-status")).getText()).contains("2 claims proposed");
		assertThat(AccessibilityBrowserTests.violations((JavascriptExecutor) browser)).as("axe-core violations").isEmpty();
		for (int width : new int[] { 1280, 1024, 390 }) {
			browser.manage().window().setSize(new Dimension(width, 2400));
			assertFits("the proposals at " + width);
			((JavascriptExecutor) browser).executeScript(
					"document.getElementById('proposal-review-title').scrollIntoView({block: 'start'});");
			screenshot("proposals-" + width);
		}
		browser.manage().window().setSize(new Dimension(1280, 1000));

		WebElement accept = first.findElement(By.cssSelector("button[value='accept-0']"));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", accept);
		accept.click();
		WebElement saved = waitFor(By.id("saved-message"));

		assertThat(saved.getText()).contains("1 proposed claim added");
		assertThat(browser.findElement(By.cssSelector(".admin-claims")).getText()).contains(QUOTE);
		assertThat(browser.findElements(By.cssSelector("#proposal-list .proposal"))).hasSize(1);
		List<String> console = consoleMessages();
		assertThat(console).noneMatch(message -> message.contains("Content Security Policy"))
			.noneMatch(message -> message.startsWith("SEVERE"));
	}

	@Test
	void aRefusedAcceptKeepsEveryProposalAndSaysWhyBesideTheFieldAndARejectedOneGoes() {
		Article article = Fixtures.in(context).article("Controls tightened", TEXT);
		signIn();
		consoleMessages();
		open("/admin/articles/" + article.getId());
		proposeButton().click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#proposal-list .proposal"), 1));

		WebElement claimant = browser.findElement(By.id("proposals1.claim.claimant"));
		claimant.clear();
		WebElement cue = browser.findElement(By.id("proposals1.claim.cue"));
		cue.clear();
		cue.sendKeys("told reporters");
		WebElement acceptAll = browser.findElement(By.id("accept-checked"));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", acceptAll);
		acceptAll.click();
		WebElement problems = waitFor(By.id("form-problems"));

		assertThat(problems.getText()).contains("Choose who made the claim");
		assertThat(browser.findElement(By.id("proposals1.claim.claimant")).getDomAttribute("class")).contains("is-invalid");
		assertThat(browser.findElement(By.id("proposals1.claim.cue")).getDomProperty("value")).isEqualTo("told reporters");
		assertThat(browser.findElements(By.cssSelector("#proposal-list .proposal"))).hasSize(2);
		assertThat(browser.findElement(By.cssSelector(".admin-claims")).getText()).doesNotContain(QUOTE);
		browser.manage().window().setSize(new Dimension(1280, 2400));
		((JavascriptExecutor) browser).executeScript("document.getElementById('proposal-review').scrollIntoView();");
		screenshot("refused-1280");

		WebElement reject = browser.findElement(By.cssSelector("#proposal-0 [data-reject]"));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", reject);
		reject.click();
		assertThat(browser.findElements(By.cssSelector("#proposal-list .proposal"))).hasSize(1);
		assertThat(browser.findElement(By.id("proposal-1")).isDisplayed()).isTrue();
		assertThat(consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"))
			.noneMatch(message -> message.startsWith("SEVERE"));
	}

	@Test
	void aSpeakerWhoIsNoActorBecomesOneOnlyWhenTheEditorCreatesIt() {
		String name = "Maria " + Fixtures.unique("Lopez").replace(" ", "").substring(0, 10);
		Article article = Fixtures.in(context).article("Presses every week",
				"“We see them every week,” said " + name + ", a port inspector.");
		signIn();
		open("/admin/articles/" + article.getId());
		proposeButton().click();
		WebElement proposal = waitFor(By.id("proposal-0"));
		assertThat(proposal.findElement(By.cssSelector("[data-field='speakerNameShown']")).getText()).isEqualTo(name);
		assertThat(proposal.findElement(By.id("proposals0.claim.claimant")).getDomProperty("value")).isEmpty();

		WebElement create = proposal.findElement(By.cssSelector("[data-create-actor]"));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", create);
		create.click();
		assertThat(proposal.findElement(By.id("proposals0.claim.newActorName")).getDomProperty("value")).isEqualTo(name);
		new org.openqa.selenium.support.ui.Select(proposal.findElement(By.id("proposals0.claim.newActorType")))
			.selectByValue("PERSON");
		proposal.findElement(By.cssSelector("button[value='accept-0']")).click();

		assertThat(waitFor(By.id("saved-message")).getText()).contains("1 proposed claim added");
		assertThat(browser.findElement(By.cssSelector(".admin-claims")).getText()).contains(name)
			.contains("We see them every week");
	}

	/** The article page's "Propose claims" button, or a failure that says which page the browser is on instead. */
	private WebElement proposeButton() {
		try {
			return new WebDriverWait(browser, Duration.ofSeconds(10))
				.until(ExpectedConditions.elementToBeClickable(By.id("propose-button")));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new AssertionError("no Propose claims button on " + browser.getCurrentUrl() + " (\"" + browser.getTitle()
					+ "\"): " + browser.findElement(By.tagName("body")).getText(), ex);
		}
	}

	private void signIn() {
		open("/login");
		browser.findElement(By.id("username")).sendKeys(TestAdmin.USERNAME);
		browser.findElement(By.id("password")).sendKeys(TestAdmin.PASSWORD);
		browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
	}

	private void assertFits(String what) {
		long page = ((Number) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth;")).longValue();
		long window = ((Number) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.clientWidth;")).longValue();
		assertThat(page).as(what + ": page width against the window's").isLessThanOrEqualTo(window);
	}

	/** Kept in target/browser-screenshots for a look at the review as the editor sees it. */
	private void screenshot(String name) {
		try {
			java.nio.file.Path target = java.nio.file.Path.of("target", "browser-screenshots",
					"ProposeClaimsBrowserTests-" + name + ".png");
			java.nio.file.Files.createDirectories(target.getParent());
			java.nio.file.Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (java.io.IOException ex) {
			// a missing screenshot does not make the page wrong
		}
	}

}
