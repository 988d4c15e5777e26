package org.precursor.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.precursor.actor.ActorType;
import org.precursor.actor.NameMatch;

import static org.assertj.core.api.Assertions.assertThat;

class SiteSearchTests {

	@Test
	void putsAnExactAliasMatchFirstAndSaysWhichAliasMatched() {
		List<ActorHit> hits = SiteSearch.actorHits("PRC", List.of(
				row("prc-watchers", "PRC Watchers", null), row("china", "China", "Beijing"), row("china", "China", "PRC")));

		assertThat(hits).extracting(hit -> hit.actor().slug()).containsExactly("china", "prc-watchers");
		assertThat(hits.get(0).matchedAlias()).isEqualTo("PRC");
		assertThat(hits.get(1).matchedAlias()).isNull();
	}

	@Test
	void ranksNamesStartingWithTheQueryBeforeNamesContainingIt() {
		List<ActorHit> hits = SiteSearch.actorHits("mex", List.of(row("anti-mexico-group", "Anti-Mexico group", null),
				row("mexico", "Mexico", "Mexico City")));

		assertThat(hits).extracting(hit -> hit.actor().slug()).containsExactly("mexico", "anti-mexico-group");
	}

	private static NameMatch row(String slug, String name, String alias) {
		return new NameMatch(slug, name, ActorType.COUNTRY, null, alias);
	}

}
