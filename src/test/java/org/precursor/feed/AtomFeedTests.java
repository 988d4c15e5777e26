package org.precursor.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precursor.support.TestData.aCard;
import static org.precursor.support.TestData.aQuoteCard;
import static org.precursor.support.TestData.supports;

/** One Atom document as written: what RFC 4287 requires, and the claims' words escaped. */
class AtomFeedTests {

	@Test
	void writesTheElementsRfc4287Requires() throws Exception {
		AtomFeed feed = new AtomFeed("https://precursor.example", "/feed.atom", "Newest", "/claims",
				List.of(aCard(7, "china", "Talks went well", supports("china-cooperates")),
						aQuoteCard(8, "liu-pengyu", "We have the strictest controls")),
				Map.of(7L, Instant.parse("2026-11-30T10:15:30.123Z")));

		Element document = AtomDocuments.parse(feed.render());

		AtomDocuments.assertValid(document);
		assertThat(AtomDocuments.text(document, "id")).isEqualTo("https://precursor.example/feed.atom");
		assertThat(AtomDocuments.text(document, "updated")).isEqualTo("2026-11-30T10:15:30Z");
		List<Element> entries = AtomDocuments.children(document, "entry");
		assertThat(entries).hasSize(2);
		Element first = entries.get(0);
		assertThat(AtomDocuments.text(first, "id")).isEqualTo("https://precursor.example/claims/7");
		assertThat(AtomDocuments.text(first, "title")).isEqualTo("China: Talks went well");
		assertThat(AtomDocuments.text(AtomDocuments.children(first, "author").get(0), "name")).isEqualTo("China");
		assertThat(AtomDocuments.text(first, "published")).isEqualTo("2024-06-20T00:00:00Z");
		assertThat(AtomDocuments.children(first, "category").get(0).getAttribute("term"))
			.isEqualTo("china-cooperates:supports");
		assertThat(AtomDocuments.text(entries.get(1), "updated")).as("the claim's date when no revision is known")
			.isEqualTo("2018-12-01T00:00:00Z");
		assertThat(AtomDocuments.text(entries.get(1), "content")).startsWith("“We have the strictest controls”");
	}

	@Test
	void escapesTheClaimsWordsWhereverTheyGo() throws Exception {
		String words = "</content><script>alert(1)</script> & <b>more</b>";
		AtomFeed feed = new AtomFeed("https://precursor.example", "/feed.atom", "A & B <feed>", "/claims",
				List.of(aCard(9, "china", words)), Map.of());

		String xml = feed.render();
		Element document = AtomDocuments.parse(xml);

		assertThat(xml).doesNotContain("<script>").doesNotContain("<b>");
		assertThat(AtomDocuments.text(document, "title")).isEqualTo("A & B <feed>");
		assertThat(AtomDocuments.text(AtomDocuments.children(document, "entry").get(0), "content")).startsWith(words);
	}

	@Test
	void anEmptyFeedIsStillValid() throws Exception {
		Element document = AtomDocuments.parse(
				new AtomFeed("https://precursor.example", "/feeds/actors/x.atom", "X", "/actors/x", List.of(), Map.of())
					.render());

		AtomDocuments.assertValid(document);
		assertThat(AtomDocuments.children(document, "entry")).isEmpty();
	}

}
