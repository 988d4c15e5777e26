package org.precursor.feed;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads an Atom document and checks what RFC 4287 requires of every feed and entry. */
final class AtomDocuments {

	private AtomDocuments() {
	}

	static Element parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		return document.getDocumentElement();
	}

	/**
	 * RFC 4287 section 4.1.1: a feed has exactly one id, title and updated; an author unless every entry has one.
	 * Section 4.1.2: each entry has exactly one id, title and updated. Dates are RFC 3339 timestamps.
	 */
	static void assertValid(Element feed) {
		assertThat(feed.getNamespaceURI()).isEqualTo(AtomFeed.ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		for (String required : List.of("id", "title", "updated")) {
			assertThat(children(feed, required)).as("feed " + required).hasSize(1);
		}
		assertTimestamp(text(feed, "updated"));
		boolean feedHasAuthor = !children(feed, "author").isEmpty();
		for (Element entry : children(feed, "entry")) {
			for (String required : List.of("id", "title", "updated")) {
				assertThat(children(entry, required)).as("entry " + required).hasSize(1);
			}
			assertTimestamp(text(entry, "updated"));
			assertThat(feedHasAuthor || !children(entry, "author").isEmpty()).as("an author").isTrue();
			children(entry, "author").forEach(author -> assertThat(children(author, "name")).hasSize(1));
		}
	}

	static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && AtomFeed.ATOM.equals(element.getNamespaceURI())
					&& element.getLocalName().equals(name)) {
				found.add(element);
			}
		}
		return found;
	}

	static String text(Element parent, String name) {
		return children(parent, name).get(0).getTextContent();
	}

	private static void assertTimestamp(String value) {
		assertThat(OffsetDateTime.parse(value)).isNotNull();
	}

}
