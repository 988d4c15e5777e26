package org.precursor.supplychain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the supply-chain browser tests share: reading the links table, clicking a chart, finding a seeded link. */
final class ChainCharts {

	private ChainCharts() {
	}

	/** Per link of the table, the line a chart should draw for it: dashed where the chosen source disputes it. */
	static Map<String, String> lineTypesOf(WebDriver browser) {
		Map<String, String> listed = new HashMap<>();
		for (WebElement row : browser.findElements(By.cssSelector("#chain-table tbody tr"))) {
			String position = row.findElement(By.cssSelector(".badge")).getText();
			listed.put(row.getDomAttribute("data-link-id"), position.equals("Disputes") ? "dashed" : "solid");
		}
		return listed;
	}

	/**
	 * Clicks a chart at a point given in the chart's pixels. The chart must be wholly in view, because Selenium
	 * measures offsets from the centre of the element's visible part.
	 */
	static void clickAt(WebDriver browser, WebElement chart, List<Number> point) {
		int x = (int) Math.round(point.get(0).doubleValue() - chart.getSize().getWidth() / 2.0);
		int y = (int) Math.round(point.get(1).doubleValue() - chart.getSize().getHeight() / 2.0);
		new Actions(browser).moveToElement(chart, x, y).click().perform();
	}

	static long linkId(JdbcTemplate jdbc, String seedKey) {
		return jdbc.queryForObject("select id from supply_chain_link where seed_key = ?", Long.class, seedKey);
	}

}
