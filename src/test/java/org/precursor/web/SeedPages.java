package org.precursor.web;

import java.util.List;

/** One address of every kind of public page, for the seed dataset. */
final class SeedPages {

	static final List<String> ALL = List.of("/", "/actors", "/actors?q=prc", "/actors/china", "/actors/liu-pengyu",
			"/claims", "/claims?outlet=ap", "/claims?claimant=china&rollup=true&outlet=reuters",
			"/claims?q=PRC&stance=disputes&sort=oldest&page=2", "/claims/1", "/outlets", "/outlets/reuters",
			"/articles", "/articles/1", "/propositions", "/propositions/china-main-source-of-precursors", "/compare",
			"/compare?rollup=false", "/search?q=PRC", "/supply-chain", "/supply-chain/map", "/network",
			"/network?actor=dea&size=44&edges=SIDES");

	private SeedPages() {
	}

}
