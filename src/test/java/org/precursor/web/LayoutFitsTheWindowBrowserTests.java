package org.precursor.web;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.precursor.support.BrowserTest;
import org.precursor.support.TestAdmin;

import static org.assertj.core.api.Assertions.assertThat;

/** The header and pages fit the window at the common widths, signed in or not: nothing pushed off to the side. */
class LayoutFitsTheWindowBrowserTests extends BrowserTest {

	private static final String[] PAGES = { "/", "/actors/china", "/claims", "/supply-chain", "/supply-chain/map" };

	@AfterEach
	void restoreTheWindow() {
		browser.manage().window().setSize(new Dimension(1280, 1000));
		browser.manage().deleteAllCookies();
	}

	@Test
	void noPageIsWiderThanTheWindowAt1280And1024() {
		for (int width : new int[] { 1280, 1024 }) {
			browser.manage().window().setSize(new Dimension(width, 900));
			for (String page : PAGES) {
				open(page);
				assertFits(page + " at " + width);
			}
		}
	}

	@Test
	void theSupplyChainFitsAPhoneWithItsTableStackedAndItsDiagramScrollingInItsOwnBox() {
		browser.manage().window().setSize(new Dimension(390, 900));
		open("/supply-chain");
		assertFits("/supply-chain at 390");

		JavascriptExecutor page = (JavascriptExecutor) browser;
		long table = ((Number) page.executeScript("return document.getElementById('chain-table').scrollWidth;")).longValue();
		long box = ((Number) page.executeScript("return document.getElementById('chain-table').parentElement.clientWidth;")).longValue();
		assertThat(table).as("the links table's width against its box").isLessThanOrEqualTo(box);
		assertThat((String) page.executeScript(
				"return getComputedStyle(document.querySelector('#chain-table tbody td'), '::before').content;"))
			.as("the label a stacked cell carries").isEqualTo("\"To: \"");
		assertThat((String) page.executeScript("return getComputedStyle(document.querySelector('.diagram-scroll')).overflowX;"))
			.isEqualTo("auto");
	}

	@Test
	void signedInEveryAdminPageAndThePublicOnesFitTheFourWidths() {
		signIn();
		String[] admin = { "/admin", "/admin/articles", "/admin/articles/new", "/admin/articles/1", "/admin/actors",
				"/admin/actors/new", "/admin/outlets", "/admin/propositions", "/admin/supply-chain", "/admin/history",
				"/admin/accounts", "/admin/tokens", "/admin/import", "/admin/password", "/admin/seed-review" };
		for (int width : new int[] { 1280, 1024, 768, 390 }) {
			browser.manage().window().setSize(new Dimension(width, 900));
			for (String page : admin) {
				open(page);
				assertFits(page + " signed in at " + width);
			}
			for (String page : PAGES) {
				open(page);
				assertFits(page + " signed in at " + width);
			}
		}
	}

	private void signIn() {
		open("/login");
		browser.findElement(By.id("username")).sendKeys(TestAdmin.USERNAME);
		browser.findElement(By.id("password")).sendKeys(TestAdmin.PASSWORD);
		browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
	}

	@Test
	void theSignedInHeaderFitsAt1280() {
		open("/login");
		browser.findElement(By.id("username")).sendKeys(TestAdmin.USERNAME);
		browser.findElement(By.id("password")).sendKeys(TestAdmin.PASSWORD);
		browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
		browser.manage().window().setSize(new Dimension(1280, 900));
		for (String page : PAGES) {
			open(page);
			assertFits(page + " signed in");
		}
	}

	private void assertFits(String what) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
		long page = ((Number) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth;")).longValue();
		long window = ((Number) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.clientWidth;")).longValue();
		assertThat(page).as(what + ": page width against the window's").isLessThanOrEqualTo(window);
	}

}
