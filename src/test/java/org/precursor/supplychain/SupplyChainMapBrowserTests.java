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

/** The supply-chain map in a real browser: the diagram, its arrows, the evidence they open, and the table. */
class SupplyChainMapBrowserTests extends BrowserTest {

	/** The ids of the links the diagram draws, read from the live ECharts instance. */
	private static final String DRAWN_LINK_IDS = """
			const chart = echarts.getInstanceByDom(document.getElementById('chain-diagram'));
			return chart.getOption().series[0].links.map(link => link.id);""";

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void drawsOneArrowForEachLinkInTheTable() {
		openMap("/supply-chain");

		List<String> drawn = drawnLinkIds();
		List<String> listed = browser.findElements(By.cssSelector("#chain-table tbody tr")).stream()
			.map(row -> row.getDomAttribute("data-link-id"))
			.toList();
		assertThat(drawn).hasSize(jdbc.queryForObject("select count(*) from supply_chain_link", Integer.class))
			.containsExactlyInAnyOrderElementsOf(listed);
		assertThat(paintedPixels("chain-diagram")).as("pixels the diagram painted").isGreaterThan(2000);
	}

	@Test
	void selectingAnArrowRevealsTheClaimsBehindIt() {
		openMap("/supply-chain");
		long id = linkId("sinaloa-proceeds-through-chinese-launderers");

		clickArrow(id);

		WebElement evidence = waitFor(By.cssSelector("#link-evidence .evidence-content[data-link-id='" + id + "']"));
		assertThat(evidence.getText()).contains("Sinaloa Cartel → Chinese money-laundering networks")
			.contains("Mexico’s Sinaloa Cartel conspired with groups based in California")
			.contains("U.S. Justice Department")
			.contains("Reuters");
		assertThat(browser.findElement(By.cssSelector("tr[data-link-id='" + id + "']")).getDomAttribute("class"))
			.contains("table-active");
	}

	@Test
	void theTablesEvidenceButtonOpensThePanelAndMovesFocusToIt() {
		openMap("/supply-chain");
		long id = linkId("fentanyl-from-china-by-mail");

		browser.findElement(By.cssSelector(".select-link[data-link-id='" + id + "']")).click();

		WebElement evidence = waitFor(By.cssSelector("#link-evidence .evidence-content[data-link-id='" + id + "']"));
		assertThat(evidence.findElements(By.cssSelector(".claim-disputes"))).hasSize(2);
		assertThat(evidence.getText()).contains("It is very clear that there is no fentanyl problem in China");
		new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> browser.switchTo().activeElement()
			.getDomAttribute("class").contains("evidence-title"));
		assertThat(browser.getCurrentUrl()).endsWith("/supply-chain");
	}

	@Test
	void drawsTheLinksASourceDisputesDashedAndThoseItAssertsSolid() {
		openMap("/supply-chain?claimant=china");

		@SuppressWarnings("unchecked")
		Map<String, String> drawn = (Map<String, String>) script("""
				const chart = echarts.getInstanceByDom(document.getElementById('chain-diagram'));
				return Object.fromEntries(chart.getOption().series[0].links.map(link => [link.id, link.lineStyle.type]));""");
		assertThat(drawn).isEqualTo(ChainCharts.lineTypesOf(browser)).containsValue("dashed");
	}

	@Test
	void headsEachColumnWithItsStageInChainOrder() {
		openMap("/supply-chain");

		@SuppressWarnings("unchecked")
		List<String> headings = (List<String>) script("""
				const chart = echarts.getInstanceByDom(document.getElementById('chain-diagram'));
				return chart.getOption().graphic[0].elements.filter(element => element.type === 'text')
				    .sort((a, b) => a.x - b.x).map(element => element.style.text);""");
		assertThat(headings).containsExactly("Sourcing", "Production", "Trafficking", "Arrives", "Laundering");
		Map<String, String> columns = nodeColumns();
		assertThat(columns).containsEntry("china", "Sourcing")
			.containsEntry("mexican-cartels", "Production")
			.containsEntry("southern-china", "Trafficking")
			.containsEntry("vancouver", "Arrives")
			.containsEntry("sinaloa-cartel", "Laundering");
		@SuppressWarnings("unchecked")
		List<String> headingsOverTheirNodes = (List<String>) script("""
				const chart = echarts.getInstanceByDom(document.getElementById('chain-diagram'));
				const option = chart.getOption();
				const nodes = option.series[0].data.filter(node => !node.corner)
				    .map(node => ({ column: node.column, x: chart.convertToPixel({ seriesIndex: 0 }, [node.x, node.y])[0] }));
				return option.graphic[0].elements.filter(heading => {
				  const xs = nodes.filter(node => node.column === heading.style.text).map(node => node.x);
				  return xs.length && heading.x >= Math.min(...xs) - 1 && heading.x <= Math.max(...xs) + 1;
				}).map(heading => heading.style.text);""");
		assertThat(headingsOverTheirNodes).as("headings standing over the nodes of their column")
			.containsExactlyInAnyOrderElementsOf(headings);
	}

	@Test
	void aLaterFlowIntoANodeDoesNotCarryItPastTheStageWhereTheChainFirstReachesIt() {
		openMap("/supply-chain");

		// precursors routed through the United States to Mexican labs (trafficking) reach producers that the chain
		// reached earlier, with precursors straight from China (sourcing)
		assertThat(nodeColumns()).containsEntry("mexican-fentanyl-producers", "Production");
		Map<String, Number> x = nodeXs();
		assertThat(x.get("mexican-fentanyl-producers").doubleValue()).isLessThan(x.get("united-states").doubleValue());
	}

	@Test
	void noArrowRunsThroughANodeItDoesNotJoin() {
		openMap("/supply-chain");

		@SuppressWarnings("unchecked")
		Map<String, Number> clearance = (Map<String, Number>) script("""
				const chart = echarts.getInstanceByDom(document.getElementById('chain-diagram'));
				const graph = chart.getModel().getSeriesByIndex(0).getGraph();
				const pixel = point => chart.convertToPixel({ seriesIndex: 0 }, point);
				const nodes = graph.nodes.filter(node => !node.getModel().option.corner);
				const nearest = {};
				graph.edges.forEach(edge => {
				  const [from, to, control] = edge.getLayout();
				  const via = control || [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2];
				  let closest = Infinity;
				  for (let t = 0.02; t < 1; t += 0.02) {
				    const u = 1 - t;
				    const point = pixel([u * u * from[0] + 2 * u * t * via[0] + t * t * to[0],
				                         u * u * from[1] + 2 * u * t * via[1] + t * t * to[1]]);
				    nodes.filter(node => node !== edge.node1 && node !== edge.node2).forEach(node => {
				      const centre = pixel(node.getLayout());
				      closest = Math.min(closest, Math.hypot(point[0] - centre[0], point[1] - centre[1]));
				    });
				  }
				  nearest[edge.getModel().option.id] = closest;
				});
				return nearest;""");
		assertThat(clearance).hasSize(jdbc.queryForObject("select count(*) from supply_chain_link", Integer.class));
		assertThat(clearance.get(String.valueOf(linkId("imports-from-china-to-vancouver"))).doubleValue())
			.as("pixels between the China -> Vancouver arrow and the nearest other node").isGreaterThan(12);
		assertThat(clearance.values()).as("pixels between each arrow and the nearest node it does not join")
			.allSatisfy(pixels -> assertThat(pixels.doubleValue()).isGreaterThan(12));
	}

	@SuppressWarnings("unchecked")
	private Map<String, String> nodeColumns() {
		return (Map<String, String>) script("""
				const chart = echarts.getInstanceByDom(document.getElementById('chain-diagram'));
				return Object.fromEntries(chart.getOption().series[0].data.filter(node => !node.corner)
				    .map(node => [node.id, node.column]));""");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Number> nodeXs() {
		return (Map<String, Number>) script("""
				const chart = echarts.getInstanceByDom(document.getElementById('chain-diagram'));
				return Object.fromEntries(chart.getOption().series[0].data.map(node => [node.id, node.x]));""");
	}

	private void openMap(String path) {
		open(path);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
			.attributeToBe(By.id("chain-diagram"), "data-state", "ready"));
	}

	@SuppressWarnings("unchecked")
	private List<String> drawnLinkIds() {
		return (List<String>) script(DRAWN_LINK_IDS);
	}

	/**
	 * Clicks the middle of a link's arrow, where the diagram draws it on screen. The diagram is scrolled wholly into
	 * view first, because Selenium measures offsets from the centre of the element's visible part.
	 */
	private void clickArrow(long linkId) {
		WebElement diagram = browser.findElement(By.id("chain-diagram"));
		script("arguments[0].scrollIntoView({ block: 'center' });", diagram);
		@SuppressWarnings("unchecked")
		List<Number> point = (List<Number>) script("""
				const chart = echarts.getInstanceByDom(document.getElementById('chain-diagram'));
				const edge = chart.getModel().getSeriesByIndex(0).getGraph().edges
				    .find(candidate => candidate.getModel().option.id === arguments[0]);
				const [from, to, control] = edge.getLayout();
				const middle = control
				    ? [0.25 * from[0] + 0.5 * control[0] + 0.25 * to[0], 0.25 * from[1] + 0.5 * control[1] + 0.25 * to[1]]
				    : [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2];
				return chart.convertToPixel({ seriesIndex: 0 }, middle);""", String.valueOf(linkId));
		ChainCharts.clickAt(browser, diagram, point);
	}

	private Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}

	private long linkId(String seedKey) {
		return ChainCharts.linkId(jdbc, seedKey);
	}

}
