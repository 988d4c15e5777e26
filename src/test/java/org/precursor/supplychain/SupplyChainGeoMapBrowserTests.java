package org.precursor.supplychain;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.precursor.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The supply chain on a map of the world in a real browser: its arrows, where its places stand, their evidence. */
class SupplyChainGeoMapBrowserTests extends BrowserTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void drawsOneArrowForEachLinkOfTheCurrentFilter() {
		for (String filter : new String[] { "", "?moves=FENTANYL", "?claimant=china" }) {
			openMap("/supply-chain/map" + filter);

			List<String> listed = browser.findElements(By.cssSelector("#chain-table tbody tr")).stream()
				.map(row -> row.getDomAttribute("data-link-id"))
				.toList();
			assertThat(drawnArrowIds()).as("arrows of " + filter).isNotEmpty().containsExactlyInAnyOrderElementsOf(listed);
		}
		assertThat(paintedPixels("geo-map")).as("pixels the map painted").isGreaterThan(20000);
	}

	@Test
	void putsEachPlaceWhereTheDataPutsIt() {
		openMap("/supply-chain/map");

		Map<String, List<Number>> at = placePixels();
		// west is left and north is up; the Pacific lies between China and North America
		assertThat(x(at, "china")).isLessThan(x(at, "vancouver"));
		assertThat(x(at, "vancouver")).isLessThan(x(at, "united-states"));
		assertThat(y(at, "canada")).isLessThan(y(at, "united-states"));
		assertThat(y(at, "united-states")).isLessThan(y(at, "us-southern-border"));
		assertThat(y(at, "us-southern-border")).isLessThan(y(at, "sinaloa-cartel"));
		assertThat(y(at, "southern-china")).isGreaterThan(y(at, "china"));
	}

	@Test
	void selectingAnArrowOpensItsEvidence() {
		openMap("/supply-chain/map");
		long id = linkId("imports-from-china-to-vancouver");

		clickArrow(id);

		WebElement evidence = waitFor(By.cssSelector("#link-evidence .evidence-content[data-link-id='" + id + "']"));
		assertThat(evidence.getText()).contains("China → Vancouver");
		assertThat(browser.findElement(By.cssSelector("tr[data-link-id='" + id + "']")).getDomAttribute("class"))
			.contains("table-active");
	}

	@Test
	void drawsTheLinksASourceDisputesDashedAndThoseItAssertsSolid() {
		openMap("/supply-chain/map?claimant=china");

		@SuppressWarnings("unchecked")
		Map<String, String> drawn = (Map<String, String>) script("""
				const chart = echarts.getInstanceByDom(document.getElementById('geo-map'));
				return Object.fromEntries(chart.getOption().series[0].data.map(flow => [flow.id, flow.lineStyle.type]));""");
		assertThat(drawn).isEqualTo(ChainCharts.lineTypesOf(browser)).containsValue("dashed");
	}

	private void openMap(String path) {
		open(path);
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.attributeToBe(By.id("geo-map"), "data-state", "ready"));
	}

	@SuppressWarnings("unchecked")
	private List<String> drawnArrowIds() {
		return (List<String>) script("""
				const chart = echarts.getInstanceByDom(document.getElementById('geo-map'));
				return chart.getOption().series[0].data.map(flow => flow.id);""");
	}

	@SuppressWarnings("unchecked")
	private Map<String, List<Number>> placePixels() {
		return (Map<String, List<Number>>) script("""
				const chart = echarts.getInstanceByDom(document.getElementById('geo-map'));
				return Object.fromEntries(chart.getOption().series[1].data
				    .map(place => [place.id, chart.convertToPixel({ geoIndex: 0 }, place.value)]));""");
	}

	private static double x(Map<String, List<Number>> at, String place) {
		return at.get(place).get(0).doubleValue();
	}

	private static double y(Map<String, List<Number>> at, String place) {
		return at.get(place).get(1).doubleValue();
	}

	/** Clicks the middle of a link's arrow, read from where ECharts laid it out on the map. */
	private void clickArrow(long linkId) {
		WebElement map = browser.findElement(By.id("geo-map"));
		script("arguments[0].scrollIntoView({ block: 'center' });", map);
		@SuppressWarnings("unchecked")
		List<Number> point = (List<Number>) script("""
				const chart = echarts.getInstanceByDom(document.getElementById('geo-map'));
				const series = chart.getModel().getSeriesByIndex(0);
				const index = series.getData().indexOfRawIndex(
				    chart.getOption().series[0].data.findIndex(flow => flow.id === arguments[0]));
				const [from, to, control] = series.getData().getItemLayout(index);
				return control
				    ? [0.25 * from[0] + 0.5 * control[0] + 0.25 * to[0], 0.25 * from[1] + 0.5 * control[1] + 0.25 * to[1]]
				    : [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2];""", String.valueOf(linkId));
		ChainCharts.clickAt(browser, map, point);
	}

	private Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}

	private long linkId(String seedKey) {
		return ChainCharts.linkId(jdbc, seedKey);
	}

}
