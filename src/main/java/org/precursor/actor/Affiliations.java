package org.precursor.actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one walker of the affiliation chain (spokesperson -> embassy -> China), down to everyone affiliated to an
 * actor and up to the bodies it belongs to. Every page that rolls claims up or shows a chain goes through it.
 */
@Component
public class Affiliations {

	/**
	 * How far any walk goes. {@link Actor#affiliateTo} refuses circles and chains deeper than this, so the limit only
	 * matters for a database damaged outside the application; there it stops the walk instead of looping.
	 */
	public static final int MAX_DEPTH = 20;

	/** The actors with a parent, and a checksum of which parent each has: what the lineage was built from. */
	private static final String AFFILIATIONS = """
			select count(*) as affiliations, coalesce(sum(mod(id * parent_id, 1000000007) + parent_id), 0) as checksum
			from actor where parent_id is not null""";

	private final ActorRepository actors;

	private final JdbcTemplate jdbc;

	private final EntityManager entities;

	Affiliations(ActorRepository actors, JdbcTemplate jdbc, EntityManager entities) {
		this.actors = actors;
		this.jdbc = jdbc;
		this.entities = entities;
	}

	/**
	 * Whether {@code actor_lineage} holds the affiliations as they are now, so that a query may read a tree from it.
	 * When some change has not been followed yet, callers use the tree's ids instead.
	 */
	@Transactional(readOnly = true)
	public boolean lineageIsCurrent() {
		return Boolean.TRUE.equals(jdbc.query("select s.affiliations, s.checksum, live.affiliations, live.checksum"
				+ " from actor_lineage_state s, (" + AFFILIATIONS + ") live where s.id = 1",
				rows -> rows.next() && rows.getObject(1) != null && rows.getLong(1) == rows.getLong(3)
						&& rows.getLong(2) == rows.getLong(4)));
	}

	/**
	 * Brings {@code actor_lineage} up to date with the affiliations after a change, in the current transaction. It is
	 * rebuilt only when the affiliations differ from those it was built from; concurrent rebuilds wait for each other.
	 */
	@Transactional
	public void followChanges() {
		entities.flush();
		jdbc.queryForObject("select id from actor_lineage_state where id = 1 for update", Integer.class);
		if (lineageIsCurrent()) {
			return;
		}
		jdbc.update("delete from actor_lineage");
		jdbc.update("""
				insert into actor_lineage (ancestor_id, actor_id)
				with recursive chain(ancestor_id, actor_id, depth) as (
				    select parent_id, id, 1 from actor where parent_id is not null
				    union all
				    select a.parent_id, chain.actor_id, chain.depth + 1 from actor a join chain on a.id = chain.ancestor_id
				    where a.parent_id is not null and chain.depth < """ + MAX_DEPTH + """

				)
				select distinct ancestor_id, actor_id from chain""");
		jdbc.update("insert into actor_lineage (ancestor_id, actor_id) select distinct parent_id, parent_id from actor"
				+ " where parent_id is not null");
		long[] now = affiliationsNow();
		jdbc.update("update actor_lineage_state set affiliations = ?, checksum = ? where id = 1", now[0], now[1]);
	}

	private long[] affiliationsNow() {
		return jdbc.queryForObject(AFFILIATIONS, (row, number) -> new long[] { row.getLong(1), row.getLong(2) });
	}

	/** The actor's id and the ids of everyone affiliated to it, however deep. */
	@Transactional(readOnly = true)
	public Set<Long> treeOf(Long rootId) {
		return treesOf(List.of(rootId)).getOrDefault(rootId, Set.of(rootId));
	}

	/** The same tree from a slug; empty for an unknown slug. */
	@Transactional(readOnly = true)
	public Set<Long> treeOf(String slug) {
		return actors.findBySlug(slug).map(actor -> treeOf(actor.getId())).orElse(Set.of());
	}

	/** For each of these actors, its tree (itself included), keyed by its id. */
	@Transactional(readOnly = true)
	public Map<Long, Set<Long>> treesOf(Collection<Long> rootIds) {
		Map<Long, Set<Long>> trees = new LinkedHashMap<>();
		if (rootIds.isEmpty()) {
			return trees;
		}
		for (Object[] row : actors.walkDownFrom(rootIds)) {
			trees.computeIfAbsent(id(row[0]), root -> new LinkedHashSet<>()).add(id(row[1]));
		}
		return trees;
	}

	/** For each of these actors, the ids of the actors above it, nearest first; none for an unaffiliated actor. */
	@Transactional(readOnly = true)
	public Map<Long, List<Long>> ancestorsOf(Collection<Long> ids) {
		Map<Long, List<Long>> ancestors = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return ancestors;
		}
		List<Object[]> rows = new ArrayList<>(actors.walkUpFrom(ids));
		rows.sort(Comparator.comparingLong(row -> ((Number) row[2]).longValue()));
		for (Object[] row : rows) {
			ancestors.computeIfAbsent(id(row[0]), start -> new ArrayList<>()).add(id(row[1]));
		}
		return ancestors;
	}

	/** The actors above this one, nearest first: body, then country. */
	@Transactional(readOnly = true)
	public List<Actor> chainAbove(Actor actor) {
		return actors.walkUpToActors(List.of(actor.getId()));
	}

	/** For each of these actors, the body it ultimately belongs to (itself when it belongs to none). */
	@Transactional(readOnly = true)
	public Map<Long, Long> topOf(Collection<Long> ids) {
		Map<Long, List<Long>> ancestors = ancestorsOf(ids);
		Map<Long, Long> tops = new LinkedHashMap<>();
		ids.forEach(id -> {
			List<Long> above = ancestors.getOrDefault(id, List.of());
			tops.put(id, above.isEmpty() ? id : above.get(above.size() - 1));
		});
		return tops;
	}

	private static Long id(Object column) {
		return ((Number) column).longValue();
	}

}
