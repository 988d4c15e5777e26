package org.precursor.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey through the running application in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}). On a machine without them the tests report that they did not run and why; with
 * {@code PRECURSOR_REQUIRE_BROWSER=true}, as CI sets, a missing browser is a failure. A failing test leaves a
 * screenshot in {@code target/browser-screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
public abstract class BrowserTest {

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

	protected static WebDriver browser;

	@LocalServerPort
	protected int port;

	@BeforeEach
	void startBrowser() {
		if (browser != null) {
			return;
		}
		ExternalRequirement.require(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"PRECURSOR_REQUIRE_BROWSER",
				"browser tests need Chromium at " + CHROMIUM + " and chromedriver at " + CHROMEDRIVER
						+ " (apt-get install chromium chromium-driver)");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1000",
				// Bootstrap scrolls smoothly otherwise, and a click lands where the page has not yet scrolled to.
				"--force-prefers-reduced-motion"));
		// The page's console (errors, policy violations) is readable through consoleMessages().
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	protected void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	/** How many pixels of the chart drawn in the element with this id are not transparent. */
	protected long paintedPixels(String chartId) {
		Object painted = ((JavascriptExecutor) browser).executeScript("""
				const canvas = document.querySelector('#' + arguments[0] + ' canvas');
				if (!canvas) { return 0; }
				const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
				let painted = 0;
				for (let alpha = 3; alpha < pixels.length; alpha += 4) { if (pixels[alpha] > 0) { painted++; } }
				return painted;""", chartId);
		return ((Number) painted).longValue();
	}

	/** What the page printed to its console since the last call, errors and policy violations included. */
	protected List<String> consoleMessages() {
		return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
			.map(entry -> entry.getLevel() + " " + entry.getMessage())
			.toList();
	}

	protected WebElement waitFor(By locator) {
		return new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	protected void waitUntilUrlContains(String fragment) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(fragment));
	}

	static class ScreenshotOnFailure implements TestWatcher {

		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (browser instanceof TakesScreenshot camera) {
				try {
					File shot = camera.getScreenshotAs(OutputType.FILE);
					Path target = Path.of("target", "browser-screenshots",
							context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName()
								.replaceAll("[^A-Za-z0-9]+", "_") + ".png");
					Files.createDirectories(target.getParent());
					Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
				}
				catch (IOException | RuntimeException ex) {
					// a missing screenshot must not hide the test's own failure
				}
			}
		}

	}

}
