package org.precursor.seed;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRepository;
import org.precursor.claim.Claim;
import org.precursor.claim.ClaimRepository;
import org.precursor.network.PropositionTarget;
import org.precursor.network.PropositionTargetRepository;
import org.precursor.network.Tone;
import org.precursor.proposition.Proposition;
import org.precursor.proposition.PropositionRepository;
import org.precursor.supplychain.Channel;
import org.precursor.supplychain.Commodity;
import org.precursor.supplychain.EvidenceRole;
import org.precursor.supplychain.Stage;
import org.precursor.supplychain.SupplyChainLink;
import org.precursor.supplychain.SupplyChainLinkRepository;

/**
 * Loads a {@link SupplyChainDataset} in one transaction, once: places the database lacks, then the links with
 * their evidence, then the proposition targets. A row naming an unknown actor, claim or proposition, or a link
 * that no claim asserts, stops the import with the file, line and problem, and nothing is written.
 */
@Component
public class SupplyChainImporter {

	private static final Logger log = LoggerFactory.getLogger(SupplyChainImporter.class);

	private final SeedImporter seeds;

	private final ActorRepository actors;

	private final ClaimRepository claims;

	private final PropositionRepository propositions;

	private final SupplyChainLinkRepository links;

	private final PropositionTargetRepository targets;

	private final DatasetAuthorship authorship;

	public SupplyChainImporter(SeedImporter seeds, ActorRepository actors, ClaimRepository claims,
			PropositionRepository propositions, SupplyChainLinkRepository links, PropositionTargetRepository targets,
			DatasetAuthorship authorship) {
		this.seeds = seeds;
		this.authorship = authorship;
		this.actors = actors;
		this.claims = claims;
		this.propositions = propositions;
		this.links = links;
		this.targets = targets;
	}

	/** Imports the dataset, recorded as the given version of the seed dataset, unless it was imported before. */
	public boolean importOnce(String name, SupplyChainDataset dataset, int version) {
		return seeds.inRevisionsOf(version, () -> {
			if (seeds.isImported(name)) {
				return false;
			}
			Map<String, Actor> actorsBySlug = seeds.importMissingActors(dataset.actors().rows(),
					dataset.referencedActors(), SeedDataset.author(version));
			int linkCount = importLinks(dataset.links().rows(), actorsBySlug);
			int targetCount = importTargets(dataset.propositionTargets().rows(), actorsBySlug);
			seeds.recordImport(name, dataset.checksum(), version);
			log.info("Loaded seed dataset '{}': {} supply-chain links, {} proposition targets", name, linkCount,
					targetCount);
			return true;
		});
	}

	public boolean importOnce(String name, SupplyChainDataset dataset) {
		return importOnce(name, dataset, 1);
	}

	/**
	 * Applies a newer version of the links to a database that holds an older one: new links are added, and a link
	 * the dataset wrote and nobody edited since takes the version's ends, description and evidence. A link an
	 * editor changed, or a row that cannot be applied, is left as it is and listed for review. Returns whether it ran.
	 */
	public boolean upgrade(String name, SupplyChainDataset dataset, int version) {
		return seeds.inRevisionsOf(version, () -> {
			Optional<Integer> held = seeds.importedVersion(name);
			if (held.isEmpty() || held.get() >= version) {
				return false;
			}
			String author = SeedDataset.author(version);
			SeedFindings findings = SeedFindings.lenient(author);
			Map<String, Actor> actorsBySlug = seeds.importMissingActors(dataset.actors().rows(),
					dataset.referencedActors(), author);
			for (SeedRow row : dataset.links().rows()) {
				try {
					upgradeLink(row, actorsBySlug, findings);
				}
				catch (SeedFormatException ex) {
					findings.notApplied("supply-chain link", row.optional("key"), ex);
				}
			}
			seeds.list(name, version, findings.findings());
			seeds.recordUpgrade(name, dataset.checksum(), version);
			log.info("Applied seed dataset '{}' version {} over version {}: {}", name, version, held.get(),
					findings.summary());
			return true;
		});
	}

	/**
	 * Applies an import's links and proposition targets, inside its transaction: a link is matched by its seed key,
	 * else by its ends, commodity and stage; a target by its proposition and actor. Evidence refers to the import's
	 * claims by their numbers in the exporting site. The file's values win; the first bad row stops the import.
	 */
	void importDataset(List<SeedRow> linkRows, List<SeedRow> targetRows, ApplyingSeedDataset.Applied applied,
			SeedFindings findings) {
		List<SupplyChainLink> stored = links.findAll();
		Map<String, SupplyChainLink> bySeedKey = new HashMap<>();
		stored.stream().filter(link -> link.getSeedKey() != null).forEach(link -> bySeedKey.put(link.getSeedKey(), link));
		OneToOne<SupplyChainLink> byRoute = new OneToOne<>(stored, SupplyChainLink::getId, link -> link.getSeedKey() != null
				? null : route(link.getOrigin(), link.getDestination(), link.getMoves(), link.getStage()));
		Set<String> seen = new HashSet<>();
		int done = 0;
		for (SeedRow row : linkRows) {
			findings.progress().advanced("supply-chain links", ++done, linkRows.size());
			try {
				LinkRow wanted = read(row, applied.actors(), ref -> applied.claims().get(ref), false);
				putUnique(seen, row.optional(DatasetFile.REF), row);
				SupplyChainLink link = wanted.key() != null ? bySeedKey.get(wanted.key())
						: byRoute.next(route(wanted.from(), wanted.to(), wanted.moves(), wanted.stage()));
				if (link != null && wanted.isWrittenIn(link)) {
					findings.changed("supply-chain link", "unchanged");
					continue;
				}
				findings.changed("supply-chain link", link == null ? "added" : "updated");
				link = link == null ? wanted.newLink(row) : link;
				wanted.writeTo(link, row);
				links.save(link);
			}
			catch (SeedFormatException ex) {
				findings.notApplied("supply-chain link", row.optional("key"), ex);
			}
		}
		Map<String, PropositionTarget> targetsByPair = new HashMap<>();
		targets.findAll().forEach(target -> targetsByPair.put(
				target.getProposition().getSlug() + " " + target.getActor().getSlug(), target));
		seen.clear();
		for (SeedRow row : targetRows) {
			try {
				TargetRow wanted = target(row, slug -> applied.propositions().get(slug), applied.actors());
				String pair = wanted.proposition().getSlug() + " " + wanted.actor().getSlug();
				putUnique(seen, pair, row);
				PropositionTarget target = targetsByPair.get(pair);
				if (target == null) {
					targets.save(new PropositionTarget(wanted.proposition(), wanted.actor(), wanted.means()));
					findings.changed("proposition target", "added");
				}
				else if (target.getSupportingMeans() != wanted.means()) {
					target.supportingMeans(wanted.means());
					findings.changed("proposition target", "updated");
				}
				else {
					findings.changed("proposition target", "unchanged");
				}
			}
			catch (SeedFormatException ex) {
				findings.notApplied("proposition target", row.optional("proposition"), ex);
			}
		}
	}

	private static String route(Actor from, Actor to, Commodity moves, Stage stage) {
		return from.getId() + " " + to.getId() + " " + moves + " " + stage;
	}

	private void upgradeLink(SeedRow row, Map<String, Actor> actorsBySlug, SeedFindings findings) {
		LinkRow wanted = read(row, actorsBySlug, this::bySeedKey, true);
		Optional<SupplyChainLink> existing = links.findBySeedKey(wanted.key());
		if (existing.isPresent()) {
			SupplyChainLink link = existing.get();
			Optional<String> editor = authorship.editorOf("supply_chain_link", link.getId());
			if (editor.isPresent()) {
				findings.edited("supply-chain link", wanted.key(), "/supply-chain/links/" + link.getId(), editor.get()
						+ " changed it since it was seeded; " + findings.author() + " would change it. Kept as "
						+ editor.get() + " saved it.");
				return;
			}
			if (wanted.isWrittenIn(link)) {
				return;
			}
		}
		SupplyChainLink link = existing.orElseGet(() -> wanted.newLink(row));
		wanted.writeTo(link, row);
		links.save(link);
		findings.changed("supply-chain link", existing.isPresent() ? "updated" : "added");
	}

	/**
	 * A row of supply-chain.tsv (or of an import), its references resolved; claims by the keys the rows use. A seed
	 * row must have a key; an import's link has one only if it came from a seed dataset.
	 */
	private LinkRow read(SeedRow row, Map<String, Actor> actorsBySlug, Function<String, Claim> claimsByKey,
			boolean keyed) {
		String key = keyed || row.optional("key") != null ? ApplyingSeedDataset.slug(row, "key") : null;
		Actor from = row.reference(row.required("from"), "actor", actorsBySlug::get);
		Actor to = row.reference(row.required("to"), "actor", actorsBySlug::get);
		List<Claim> asserting = claims(row, "asserted_by", claimsByKey);
		if (asserting.isEmpty()) {
			throw row.problem("asserted_by is empty: every link needs at least one claim that asserts it");
		}
		return new LinkRow(key, from, to, row.enumValue("moves", Commodity.class), row.enumValue("stage", Stage.class),
				row.list("how").stream().map(channel -> channel(row, channel)).toList(), row.optional("period"),
				row.optional("description"), asserting, claims(row, "disputed_by", claimsByKey));
	}

	private record LinkRow(String key, Actor from, Actor to, Commodity moves, Stage stage, List<Channel> how,
			String period, String description, List<Claim> asserting, List<Claim> disputing) {

		SupplyChainLink newLink(SeedRow row) {
			try {
				return new SupplyChainLink(from, to, moves, stage);
			}
			catch (IllegalArgumentException ex) {
				throw row.problem(ex.getMessage());
			}
		}

		void writeTo(SupplyChainLink link, SeedRow row) {
			try {
				link.reroute(from, to, moves, stage);
				link.describe(how, period, description);
				link.citeEvidence(asserting, disputing);
				if (key != null) {
					link.markSeeded(key);
				}
			}
			catch (IllegalArgumentException ex) {
				throw row.problem(ex.getMessage());
			}
		}

		/** Whether the link already holds what this row says, so writing it would change nothing. */
		boolean isWrittenIn(SupplyChainLink link) {
			return link.getOrigin().getId().equals(from.getId()) && link.getDestination().getId().equals(to.getId())
					&& link.getMoves() == moves && link.getStage() == stage
					&& Set.copyOf(link.getChannels()).equals(Set.copyOf(how))
					&& Objects.equals(link.getPeriod(), period) && Objects.equals(link.getDescription(), description)
					&& ids(link.claims(EvidenceRole.ASSERTS)).equals(ids(asserting))
					&& ids(link.claims(EvidenceRole.DISPUTES)).equals(ids(disputing));
		}

		private static Set<Long> ids(List<Claim> claims) {
			return claims.stream().map(Claim::getId).collect(Collectors.toSet());
		}

	}

	/**
	 * Adds the links, leaving a link the database already holds under the same key as it is (as a strict load leaves
	 * the core records it finds): a database filled by importing an export holds the seed's links before the seed
	 * dataset is first recorded in it.
	 */
	private int importLinks(List<SeedRow> rows, Map<String, Actor> actorsBySlug) {
		Map<String, SupplyChainLink> byKey = new HashMap<>();
		for (SeedRow row : rows) {
			LinkRow wanted = read(row, actorsBySlug, this::bySeedKey, true);
			SupplyChainLink link = wanted.newLink(row);
			wanted.writeTo(link, row);
			putUnique(byKey, wanted.key(), link, row);
		}
		List<SupplyChainLink> missing = byKey.values()
			.stream()
			.filter(link -> links.findBySeedKey(link.getSeedKey()).isEmpty())
			.toList();
		links.saveAll(missing);
		return missing.size();
	}

	private int importTargets(List<SeedRow> rows, Map<String, Actor> actorsBySlug) {
		Map<String, PropositionTarget> byKey = new HashMap<>();
		for (SeedRow row : rows) {
			TargetRow wanted = target(row, slug -> propositions.findBySlug(slug).orElse(null), actorsBySlug);
			putUnique(byKey, wanted.proposition().getSlug() + " " + wanted.actor().getSlug(),
					new PropositionTarget(wanted.proposition(), wanted.actor(), wanted.means()), row);
		}
		targets.findAll().forEach(
				stored -> byKey.remove(stored.getProposition().getSlug() + " " + stored.getActor().getSlug()));
		targets.saveAll(byKey.values());
		return byKey.size();
	}

	private record TargetRow(Proposition proposition, Actor actor, Tone means) {
	}

	private static TargetRow target(SeedRow row, Function<String, Proposition> propositionsBySlug,
			Map<String, Actor> actorsBySlug) {
		Proposition proposition = row.reference(row.required("proposition"), "proposition", propositionsBySlug);
		Actor actor = row.reference(row.required("actor"), "actor", actorsBySlug::get);
		Tone means = row.enumValue("supporting", Tone.class);
		if (means != Tone.ACCUSES && means != Tone.DEFENDS) {
			throw row.problem("supporting must be 'accuses' or 'defends', not '" + row.optional("supporting") + "'");
		}
		return new TargetRow(proposition, actor, means);
	}

	private Claim bySeedKey(String seedKey) {
		return claims.findBySeedKey(seedKey).orElse(null);
	}

	private static List<Claim> claims(SeedRow row, String column, Function<String, Claim> claimsByKey) {
		return row.list(column).stream().map(key -> row.reference(key, "claim", claimsByKey)).toList();
	}

	private static void putUnique(Set<String> seen, String key, SeedRow row) {
		if (key != null && !seen.add(key)) {
			throw row.problem("'" + key + "' appears more than once");
		}
	}

	private static <T> void putUnique(Map<String, T> map, String key, T value, SeedRow row) {
		if (map.putIfAbsent(key, value) != null) {
			throw row.problem("'" + key + "' appears more than once");
		}
	}

	private static Channel channel(SeedRow row, String value) {
		try {
			return Channel.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw row.problem("how '" + value + "' is not one of " + Arrays.toString(Channel.values()));
		}
	}

}
