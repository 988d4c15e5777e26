package org.precursor.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.precursor.actor.ActorRef;
import org.precursor.claim.ClaimCard;
import org.precursor.claim.StanceBadge;

/**
 * One Atom (RFC 4287) document: the feed's id, title, updated time, author and links, then one entry per claim with
 * its permalink as id, the claimant as author, the date it was last saved as updated and the claim's date as
 * published. Everything is written through an XML writer, so the claims' words are escaped wherever they go.
 */
record AtomFeed(String baseUrl, String path, String title, String pageUrl, List<ClaimCard> claims,
		Map<Long, Instant> savedAt) {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	/** Claims in a feed at most, the most recently added. */
	static final int ENTRIES = 50;

	/** The title of an entry: who said it, and the first words. */
	static final int TITLE_WORDS = 100;

	String render() {
		StringWriter text = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			element(xml, "id", baseUrl + path);
			element(xml, "title", title);
			element(xml, "updated", timestamp(claims.stream().map(this::updated).max(Instant::compareTo)
				.orElse(Instant.EPOCH)));
			link(xml, "self", baseUrl + path, "application/atom+xml");
			link(xml, "alternate", baseUrl + pageUrl, "text/html");
			xml.writeStartElement("author");
			element(xml, "name", "Precursor");
			element(xml, "uri", baseUrl + "/");
			xml.writeEndElement();
			for (ClaimCard claim : claims) {
				entry(xml, claim);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("The feed " + path + " could not be written", ex);
		}
		return text.toString();
	}

	private void entry(XMLStreamWriter xml, ClaimCard claim) throws XMLStreamException {
		String permalink = baseUrl + "/claims/" + claim.id();
		xml.writeStartElement("entry");
		element(xml, "id", permalink);
		element(xml, "title", claim.claimant().name() + ": " + shortened(claim.text()));
		link(xml, "alternate", permalink, "text/html");
		element(xml, "updated", timestamp(updated(claim)));
		if (claim.date().isKnown()) {
			element(xml, "published", timestamp(startOf(claim.date().date())));
		}
		author(xml, claim.claimant());
		for (ActorRef joint : claim.jointClaimants()) {
			author(xml, joint);
		}
		xml.writeStartElement("content");
		xml.writeAttribute("type", "text");
		String quoted = claim.isQuotation() ? "“" + claim.text() + "”" : claim.text();
		xml.writeCharacters(quoted + "\n\n— " + claim.claimant().name() + ", in “" + claim.article().title()
				+ "” (" + claim.reportingOutlet().name() + ", " + claim.date().label() + ")");
		xml.writeEndElement();
		for (StanceBadge stance : claim.stances()) {
			xml.writeEmptyElement("category");
			xml.writeAttribute("term", stance.proposition().slug() + ":" + stance.stance().name().toLowerCase(Locale.ROOT));
			xml.writeAttribute("label", stance.stance().label() + ": " + stance.proposition().text());
		}
		xml.writeEndElement();
	}

	private void author(XMLStreamWriter xml, ActorRef actor) throws XMLStreamException {
		xml.writeStartElement("author");
		element(xml, "name", actor.name());
		element(xml, "uri", baseUrl + "/actors/" + actor.slug());
		xml.writeEndElement();
	}

	/** When the claim was last saved; the claim's own date for one saved before the history was kept. */
	private Instant updated(ClaimCard claim) {
		Instant saved = savedAt.get(claim.id());
		if (saved != null) {
			return saved;
		}
		return claim.date().isKnown() ? startOf(claim.date().date()) : Instant.EPOCH;
	}

	private static Instant startOf(LocalDate date) {
		return date.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	private static String timestamp(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	private static String shortened(String text) {
		return text.length() <= TITLE_WORDS ? text : text.substring(0, TITLE_WORDS - 1).strip() + "…";
	}

	private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
	}

}
