package org.precursor.network;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.precursor.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The actor network in a real browser: the graph matches its table, and an actor opens its page. */
class NetworkBrowserTests extends BrowserTest {

	@Test
	void drawsTheActorsListedInTheTableAndOpensAnActorsPage() {
		open("/network");
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.attributeToBe(By.id("network-graph"), "data-state", "ready"));
		WebElement graph = browser.findElement(By.id("network-graph"));
		script("arguments[0].scrollIntoView({ block: 'center' });", graph);

		List<String> listed = browser.findElements(By.cssSelector("#network-actors tbody th a")).stream()
			.map(link -> link.getDomAttribute("href").replace("/actors/", ""))
			.toList();
		assertThat(drawnActors("network-graph")).isNotEmpty().containsExactlyInAnyOrderElementsOf(listed);
		assertThat(paintedPixels("network-graph")).as("pixels the graph painted").isGreaterThan(2000);

		// The first actor, most active first, whose circle no label or other circle covers.
		@SuppressWarnings("unchecked")
		List<Object> target = (List<Object>) script("""
				const chart = echarts.getInstanceByDom(document.getElementById('network-graph'));
				const series = chart.getModel().getSeriesByIndex(0);
				const data = series.getData();
				for (let index = 0; index < data.count(); index++) {
				  const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, data.getItemLayout(index));
				  const symbol = data.getItemGraphicEl(index);
				  let hit = chart.getZr().handler.findHover(x, y).target;
				  while (hit && hit !== symbol) {
				    hit = hit.parent;
				  }
				  if (hit) {
				    return [data.getId(index), x, y];
				  }
				}
				return null;""");
		assertThat(target).as("an actor the reader can click").isNotNull();
		new Actions(browser).moveToElement(graph,
				(int) Math.round(((Number) target.get(1)).doubleValue() - graph.getSize().getWidth() / 2.0),
				(int) Math.round(((Number) target.get(2)).doubleValue() - graph.getSize().getHeight() / 2.0))
			.click()
			.perform();

		waitUntilUrlContains("/actors/" + target.get(0));
	}

	@Test
	void startsFromTheMostActiveActorWithEveryCircleInsideTheChart() {
		for (String path : new String[] { "/network", "/network?actor=dea&size=30", "/network?actor=" }) {
			openGraph(path, "network-graph");

			@SuppressWarnings("unchecked")
			List<String> outside = (List<String>) script("""
					const element = document.getElementById('network-graph');
					const chart = echarts.getInstanceByDom(element);
					const data = chart.getModel().getSeriesByIndex(0).getData();
					const outside = [];
					for (let index = 0; index < data.count(); index++) {
					  if (data.getItemModel(index).option.corner) { continue; }
					  const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, data.getItemLayout(index));
					  const radius = data.getItemVisual(index, 'symbolSize') / 2;
					  if (x - radius < 0 || y - radius < 0 || x + radius > element.clientWidth || y + radius > element.clientHeight) {
					    outside.push(data.getId(index));
					  }
					}
					return outside;""");
			assertThat(outside).as("circles of " + path + " reaching past the chart's edge").isEmpty();
		}
		openGraph("/network", "network-graph");
		assertThat(browser.findElement(By.cssSelector("#network-actor option[selected]")).getDomAttribute("value"))
			.isEqualTo("china");
	}

	@Test
	void anActorsPageDrawsItsOwnNetworkOfExactlyItsNeighbours() {
		openGraph("/actors/china", "actor-network");

		List<String> drawn = drawnActors("actor-network");
		@SuppressWarnings("unchecked")
		List<String> neighbours = (List<String>) script("""
				const request = new XMLHttpRequest();
				request.open('GET', '/network.json?actor=china&size=8', false);
				request.send();
				const doc = JSON.parse(request.responseText);
				return doc.nodes.map(node => node.id);""");
		assertThat(drawn).hasSize(9).contains("china").containsExactlyInAnyOrderElementsOf(neighbours);
		@SuppressWarnings("unchecked")
		List<String> ends = (List<String>) script("""
				const chart = echarts.getInstanceByDom(document.getElementById('actor-network'));
				return chart.getOption().series[0].links.map(link => link.source === 'china' || link.target === 'china' ? 'china' : link.source);""");
		assertThat(ends).isNotEmpty().containsOnly("china");
	}

	@Test
	void onOnePropositionPutsItsSupportersLeftOfItsDisputers() {
		openGraph("/network?proposition=china-main-source-of-precursors", "network-graph");

		@SuppressWarnings("unchecked")
		java.util.Map<String, List<Number>> sides = (java.util.Map<String, List<Number>>) script("""
				const chart = echarts.getInstanceByDom(document.getElementById('network-graph'));
				const xs = { SUPPORTS: [], DISPUTES: [] };
				chart.getOption().series[0].data.filter(node => node.node && xs[node.node.side])
				  .forEach(node => xs[node.node.side].push(chart.convertToPixel({ seriesIndex: 0 }, [node.x, node.y])[0]));
				return xs;""");
		assertThat(sides.get("SUPPORTS")).isNotEmpty();
		assertThat(sides.get("DISPUTES")).isNotEmpty();
		double rightmostSupporter = sides.get("SUPPORTS").stream().mapToDouble(Number::doubleValue).max().orElseThrow();
		double leftmostDisputer = sides.get("DISPUTES").stream().mapToDouble(Number::doubleValue).min().orElseThrow();
		assertThat(rightmostSupporter).isLessThan(leftmostDisputer);
	}

	private void openGraph(String path, String id) {
		open(path);
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.attributeToBe(By.id(id), "data-state", "ready"));
	}

	@SuppressWarnings("unchecked")
	private List<String> drawnActors(String id) {
		return (List<String>) script("""
				const chart = echarts.getInstanceByDom(document.getElementById(arguments[0]));
				return chart.getOption().series[0].data.filter(node => !node.corner).map(node => node.id);""", id);
	}

	private Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}

}
