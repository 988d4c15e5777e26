package org.precursor.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRef;
import org.precursor.actor.ActorRepository;
import org.precursor.actor.Affiliations;
import org.precursor.proposition.PropositionRef;
import org.precursor.proposition.PropositionRepository;
import org.precursor.proposition.Stance;

/** Assembles the compare matrix: the sides chosen actors take on every proposition, in one read-only transaction. */
@Component
public class ComparingStances {

	/** Actors offered for adding to the comparison: those that made most claims, by name. */
	static final int ADDABLE_SHOWN = 300;

	/** Propositions compared at most: all of a small dataset, those most spoken to of a large one. */
	static final int COLUMNS_SHOWN = 30;

	private final PropositionRepository propositions;

	private final ActorRepository actors;

	private final Affiliations affiliations;

	private final EntityManager entities;

	private final ClaimSearch search;

	private final ClaimRepository claims;

	ComparingStances(PropositionRepository propositions, ActorRepository actors, Affiliations affiliations,
			ClaimRepository claims, EntityManager entities, ClaimSearch search) {
		this.search = search;
		this.propositions = propositions;
		this.actors = actors;
		this.affiliations = affiliations;
		this.entities = entities;
		this.claims = claims;
	}

	@Transactional(readOnly = true)
	public StanceMatrix compare(List<String> requested, boolean rollup) {
		List<String> slugs = requested.stream().map(String::strip).filter(slug -> !slug.isEmpty()).distinct().toList();
		if (slugs.isEmpty()) {
			slugs = StanceMatrix.DEFAULT_ACTORS;
		}
		Map<String, Actor> found = actors.findBySlugIn(slugs).stream()
			.collect(Collectors.toMap(Actor::getSlug, Function.identity()));
		List<String> missing = slugs.stream().filter(slug -> !found.containsKey(slug))
			.map(slug -> "There is no actor with the address “" + slug + "”, so it is left out.")
			.toList();
		List<Actor> chosen = slugs.stream().filter(found::containsKey).map(found::get).toList();
		List<String> notes = new ArrayList<>(missing);
		Map<Long, Map<String, long[]>> counts = search.matching(ClaimFilter.none()).fewInAll() ? counts(chosen, rollup)
				: countsOfEach(chosen, rollup, notes);
		List<PropositionRef> columns = columns(propositions.findAllRefs(), counts);
		List<String> chosenSlugs = chosen.stream().map(Actor::getSlug).toList();
		List<StanceMatrix.Row> rows = chosen.stream()
			.map(actor -> new StanceMatrix.Row(new ActorRef(actor.getSlug(), actor.getName()),
					columns.stream().map(column -> cell(actor, column, counts, rollup)).toList(),
					StanceMatrix.url(chosenSlugs.stream().filter(slug -> !slug.equals(actor.getSlug())).toList(),
							rollup)))
			.toList();
		Set<String> shown = Set.copyOf(chosenSlugs);
		List<ActorRef> addable = addable().stream().filter(actor -> !shown.contains(actor.slug())).toList();
		return new StanceMatrix(columns, rows, rollup, addable, notes);
	}

	/**
	 * For each chosen actor, the claims on each side of each proposition, counted as its claims list counts them: a
	 * claim once, however many of its makers (claimant, joint claimants) the actor rolls up. Claims of off-topic
	 * stories are left out. One statement for every actor; a rolled-up actor's affiliates are read from the
	 * materialized affiliation tree, or listed when it is not up to date.
	 */
	private Map<Long, Map<String, long[]>> counts(List<Actor> chosen, boolean rollup) {
		Map<Long, Map<String, long[]>> counts = new HashMap<>();
		if (chosen.isEmpty()) {
			return counts;
		}
		List<Long> roots = chosen.stream().map(Actor::getId).toList();
		Map<String, Object> parameters = new HashMap<>(Map.of("roots", roots));
		String members = "select a.id as root_id, a.id as member_id from actor a where a.id in (:roots)";
		if (rollup && affiliations.lineageIsCurrent()) {
			members = "select l.ancestor_id as root_id, l.actor_id as member_id from actor_lineage l"
					+ " where l.ancestor_id in (:roots) union " + members;
		}
		else if (rollup) {
			List<String> pairs = new ArrayList<>();
			affiliations.treesOf(roots).forEach((root, tree) -> tree.forEach(member -> {
				pairs.add("(:r" + pairs.size() + ", :m" + pairs.size() + ")");
				parameters.put("r" + (pairs.size() - 1), root);
				parameters.put("m" + (pairs.size() - 1), member);
			}));
			members = "select root_id, member_id from (values " + String.join(", ", pairs)
					+ ") as tree (root_id, member_id)";
			parameters.remove("roots");
		}
		Query query = entities.createNativeQuery("select t.root_id, p.slug, s.stance, count(distinct c.id) from ("
				+ members + ") t join claim_voice v on v.actor_id = t.member_id join claim c on c.id = v.claim_id"
				+ " join article a on a.id = c.article_id join claim_stance s on s.claim_id = c.id"
				+ " join proposition p on p.id = s.proposition_id where a.off_topic = false"
				+ " group by t.root_id, p.slug, s.stance");
		parameters.forEach(query::setParameter);
		for (Object row : query.getResultList()) {
			Object[] columns = (Object[]) row;
			long[] sides = counts.computeIfAbsent(((Number) columns[0]).longValue(), id -> new HashMap<>())
				.computeIfAbsent((String) columns[1], slug -> new long[2]);
			sides[Stance.valueOf((String) columns[2]) == Stance.SUPPORTS ? 0 : 1] += ((Number) columns[3]).longValue();
		}
		return counts;
	}

	/**
	 * The same counts in a large dataset, actor by actor, as each one's claims list counts them: an actor with more
	 * claims than can be counted at once is counted over its newest, and a note says so.
	 */
	private Map<Long, Map<String, long[]>> countsOfEach(List<Actor> chosen, boolean rollup, List<String> notes) {
		Map<Long, Map<String, long[]>> counts = new HashMap<>();
		for (Actor actor : chosen) {
			MatchingClaims made = search.matching(ClaimFilter.byClaimant(actor.getSlug(), rollup));
			Map<String, long[]> sides = counts.computeIfAbsent(actor.getId(), id -> new HashMap<>());
			made.stanceCountsOnTopic().forEach(count -> sides.computeIfAbsent(count.proposition().slug(),
					slug -> new long[2])[count.stance() == Stance.SUPPORTS ? 0 : 1] += count.claims());
			if (made.breakdownsSampled()) {
				notes.add(actor.getName() + " has more claims than can be counted at once: its row counts the newest "
						+ String.format(Locale.ROOT, "%,d", made.sampleSize()) + " of them.");
			}
		}
		return counts;
	}

	/** Every actor, by name, while there are at most {@link #ADDABLE_SHOWN}; beyond that, those that made most claims. */
	private List<ActorRef> addable() {
		if (actors.count() <= ADDABLE_SHOWN) {
			return actors.findAllNames();
		}
		return actors.findAllById(claims.findMostClaiming(PageRequest.of(0, ADDABLE_SHOWN))).stream()
			.map(actor -> new ActorRef(actor.getSlug(), actor.getName()))
			.sorted(Comparator.comparing(ActorRef::name))
			.toList();
	}

	/**
	 * Every proposition while there are at most {@link #COLUMNS_SHOWN}; beyond that, those on which the chosen actors
	 * made most claims, in their usual order.
	 */
	private static List<PropositionRef> columns(List<PropositionRef> all, Map<Long, Map<String, long[]>> counts) {
		if (all.size() <= COLUMNS_SHOWN) {
			return all;
		}
		Map<String, Long> claimsOn = new HashMap<>();
		counts.values().forEach(byProposition -> byProposition.forEach((slug, sides) -> claimsOn.merge(slug,
				sides[0] + sides[1], Long::sum)));
		Set<String> kept = claimsOn.entrySet().stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(COLUMNS_SHOWN)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		return all.stream().filter(column -> kept.contains(column.slug())).toList();
	}

	private static StanceMatrix.Cell cell(Actor actor, PropositionRef column, Map<Long, Map<String, long[]>> counts,
			boolean rollup) {
		long[] sides = counts.getOrDefault(actor.getId(), Map.of()).getOrDefault(column.slug(), new long[2]);
		String evidence = ClaimFilter.byClaimant(actor.getSlug(), rollup).withProposition(column.slug()).url();
		return new StanceMatrix.Cell(column, sides[0], sides[1], evidence);
	}

}
