package org.precursor.actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

	private final ActorRepository actors;

	Affiliations(ActorRepository actors) {
		this.actors = actors;
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
