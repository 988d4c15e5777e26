package org.precursor.seed;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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

	public SupplyChainImporter(SeedImporter seeds, ActorRepository actors, ClaimRepository claims,
			PropositionRepository propositions, SupplyChainLinkRepository links, PropositionTargetRepository targets) {
		this.seeds = seeds;
		this.actors = actors;
		this.claims = claims;
		this.propositions = propositions;
		this.links = links;
		this.targets = targets;
	}

	@Transactional
	public boolean importOnce(String name, SupplyChainDataset dataset) {
		if (seeds.isImported(name)) {
			return false;
		}
		Map<String, Actor> actorsBySlug = seeds.importMissingActors(dataset.actors().rows());
		int linkCount = importLinks(dataset.links().rows(), actorsBySlug);
		int targetCount = importTargets(dataset.propositionTargets().rows(), actorsBySlug);
		seeds.recordImport(name, dataset.checksum());
		log.info("Loaded seed dataset '{}': {} supply-chain links, {} proposition targets", name, linkCount,
				targetCount);
		return true;
	}

	private int importLinks(List<SeedRow> rows, Map<String, Actor> actorsBySlug) {
		Map<String, SupplyChainLink> byKey = new HashMap<>();
		for (SeedRow row : rows) {
			String key = SeedImporter.slug(row, 0);
			Actor from = row.reference(row.required(1, "from"), "actor", actorsBySlug::get);
			Actor to = row.reference(row.required(2, "to"), "actor", actorsBySlug::get);
			List<Claim> asserting = claims(row, 7);
			if (asserting.isEmpty()) {
				throw row.problem("asserted_by is empty: every link needs at least one claim that asserts it");
			}
			try {
				SupplyChainLink link = new SupplyChainLink(from, to, row.enumValue(3, "moves", Commodity.class),
						row.enumValue(5, "stage", Stage.class));
				link.describe(row.list(4).stream().map(channel -> channel(row, channel)).toList(), row.optional(6),
						row.optional(9));
				link.citeEvidence(asserting, claims(row, 8));
				link.markSeeded(key);
				SeedImporter.putUnique(byKey, key, link, row);
			}
			catch (IllegalArgumentException ex) {
				throw row.problem(ex.getMessage());
			}
		}
		links.saveAll(byKey.values());
		return byKey.size();
	}

	private int importTargets(List<SeedRow> rows, Map<String, Actor> actorsBySlug) {
		Map<String, PropositionTarget> byKey = new HashMap<>();
		for (SeedRow row : rows) {
			Proposition proposition = row.reference(row.required(0, "proposition"), "proposition",
					slug -> propositions.findBySlug(slug).orElse(null));
			Actor actor = row.reference(row.required(1, "actor"), "actor", actorsBySlug::get);
			Tone means = row.enumValue(2, "supporting", Tone.class);
			if (means != Tone.ACCUSES && means != Tone.DEFENDS) {
				throw row.problem("supporting must be 'accuses' or 'defends', not '" + row.optional(2) + "'");
			}
			SeedImporter.putUnique(byKey, proposition.getSlug() + " " + actor.getSlug(),
					new PropositionTarget(proposition, actor, means), row);
		}
		targets.saveAll(byKey.values());
		return byKey.size();
	}

	private List<Claim> claims(SeedRow row, int column) {
		return row.list(column).stream()
			.map(key -> row.reference(key, "claim", seedKey -> claims.findBySeedKey(seedKey).orElse(null)))
			.toList();
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
