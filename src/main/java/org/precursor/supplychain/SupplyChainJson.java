package org.precursor.supplychain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The published shape of {@code /supply-chain.json}. Field names here are a contract with researchers and with the
 * diagram script: add fields, never rename or remove them. The README documents every field.
 */
public final class SupplyChainJson {

	private SupplyChainJson() {
	}

	public record Document(Filter filter, PageInfo page, List<Term> stages, List<Node> nodes, List<Link> links) {
	}

	public record Filter(String moves, String stage, String claimant, String outlet) {
	}

	public record PageInfo(int number, int size, long totalLinks, int totalPages) {
	}

	/** A coded value with its reader-facing label, e.g. {@code {"id": "SOURCING", "label": "Sourcing"}}. */
	public record Term(String id, String label) {
	}

	/** {@code coordinates} is {@code [longitude, latitude]} where the map puts the node, or null where it has none. */
	public record Node(String id, String name, Term type, String url, List<Double> coordinates, String placedAt) {
	}

	public record Link(long id, String url, String from, String to, Term moves, List<Term> how, Term stage,
			String period, String description, String position, List<Claim> asserting, List<Claim> disputing) {
	}

	public record Claim(long id, String key, String url, String kind, boolean quotation, String text, Ref claimant,
			Ref article, String sourceUrl, Ref outlet, Ref republishedBy, LocalDate date, String datePrecision,
			String dateLabel) {
	}

	/** A record elsewhere on the site: its identifier, its name and its page. */
	public record Ref(String id, String name, String url) {
	}

	public static Document of(ChainPage page, PlaceCoordinates places) {
		ChainFilter filter = page.filter();
		Map<String, Node> nodes = new LinkedHashMap<>();
		page.links().stream()
			.flatMap(link -> Stream.of(link.from(), link.to()))
			.forEach(actor -> nodes.computeIfAbsent(actor.slug(), slug -> node(actor, places)));
		return new Document(
				new Filter(nameOrNull(filter.moves()), nameOrNull(filter.stage()), filter.claimant(), filter.outlet()),
				new PageInfo(page.number(), page.size(), page.totalLinks(), page.totalPages()),
				Arrays.stream(Stage.values()).map(stage -> new Term(stage.name(), stage.label())).toList(),
				List.copyOf(nodes.values()),
				page.links().stream().map(link -> link(link, page.positionOf(link))).toList());
	}

	private static Node node(ActorRef actor, PlaceCoordinates places) {
		Optional<PlaceCoordinates.Point> point = places.of(actor);
		return new Node(actor.slug(), actor.name(), new Term(actor.type().name(), actor.type().label()),
				"/actors/" + actor.slug(),
				point.map(at -> List.of(at.longitude(), at.latitude())).orElse(null),
				point.map(PlaceCoordinates.Point::where).orElse(null));
	}

	private static Link link(LinkView link, Position position) {
		return new Link(link.id(), "/supply-chain/links/" + link.id(), link.from().slug(), link.to().slug(),
				new Term(link.moves().name(), link.moves().label()),
				link.channels().stream().map(channel -> new Term(channel.name(), channel.label())).toList(),
				new Term(link.stage().name(), link.stage().label()), link.period(), link.description(),
				nameOrNull(position), link.asserting().stream().map(SupplyChainJson::claim).toList(),
				link.disputing().stream().map(SupplyChainJson::claim).toList());
	}

	private static Claim claim(EvidenceClaim claim) {
		Ref republisher = claim.republisherSlug() == null ? null
				: outlet(claim.republisherSlug(), claim.republisherName());
		return new Claim(claim.claimId(), claim.claimKey(), "/claims/" + claim.claimId(), claim.kind().name(),
				claim.quotation(), claim.text(),
				new Ref(claim.claimantSlug(), claim.claimantName(), "/actors/" + claim.claimantSlug()),
				new Ref(String.valueOf(claim.articleId()), claim.articleTitle(), "/articles/" + claim.articleId()),
				claim.articleUrl(), outlet(claim.reportingOutletSlug(), claim.reportingOutletName()), republisher, claim.date(),
				claim.effectivePrecision().name(), claim.dateLabel());
	}

	private static Ref outlet(String slug, String name) {
		return new Ref(slug, name, "/outlets/" + slug);
	}

	private static String nameOrNull(Enum<?> value) {
		return value == null ? null : value.name();
	}

}
