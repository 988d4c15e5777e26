package org.precursor.actor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActorRepository extends JpaRepository<Actor, Long> {

	Optional<Actor> findBySlug(String slug);

	List<Actor> findBySlugIn(Collection<String> slugs);

	boolean existsBySlug(String slug);

	/** Whether a live actor has the slug, or a merged one whose old links must keep working had it. */
	default boolean isSlugTaken(String slug) {
		return countSlugUses(slug) > 0;
	}

	@Query(value = """
			select count(*) from (
			    select slug from actor where slug = :slug
			    union all
			    select old_slug from actor_redirect where old_slug = :slug
			) uses""", nativeQuery = true)
	long countSlugUses(String slug);

	@Query("select a from Actor a left join fetch a.parent left join fetch a.aliases where a.id = :id")
	Optional<Actor> findWithParentById(Long id);

	List<Actor> findByParentOrderByNameAsc(Actor parent);

	List<Actor> findByParentOrderByNameAsc(Actor parent, Pageable page);

	long countByParent(Actor parent);

	List<Actor> findByNameIgnoreCase(String name);

	@Query("select distinct a from Actor a join a.aliases alias where lower(alias) = lower(:alias)")
	List<Actor> findByAliasIgnoreCase(String alias);

	@Query("select new org.precursor.actor.ActorRef(a.slug, a.name) from Actor a order by a.name")
	List<ActorRef> findAllNames();

	/** Actors whose name or one of whose aliases matches, case-insensitively ("PRC" finds China). */
	@Query("""
			select distinct a from Actor a left join a.aliases alias
			where lower(a.name) like lower(concat('%', :text, '%'))
			   or lower(alias) like lower(concat('%', :text, '%'))
			order by a.name""")
	List<Actor> findByNameOrAliasContaining(String text);

	/** Every actor as listed on the admin page, with how many claims each made. */
	@Query("""
			select new org.precursor.actor.ActorRow(a.id, a.name, a.slug, a.type, a.country,
			    (select count(c) from Claim c where c.claimant = a))
			from Actor a order by lower(a.name)""")
	List<ActorRow> findRowsByName();

	/** Every actor as offered when typing a name: the name, with its type and aliases as a hint. */
	@Query("select a from Actor a left join fetch a.aliases order by lower(a.name)")
	List<Actor> findAllWithAliasesByName();

	/**
	 * Actors whose name or an alias matches a {@link org.precursor.web.LikePattern}, one match per matching alias
	 * (or one with a null alias when only the name matches).
	 */
	@Query("""
			select new org.precursor.actor.NameMatch(a.slug, a.name, a.type, a.country, alias)
			from Actor a left join a.aliases alias
			where lower(a.name) like :pattern escape '!' or lower(alias) like :pattern escape '!'
			order by a.name""")
	List<NameMatch> findNamesAndAliasesLike(String pattern, Pageable page);

	/** Actors whose name or an alias matches, by name: each actor once per alias that matched. */
	default List<NameMatch> findNamesAndAliasesLike(String pattern) {
		return findNamesAndAliasesLike(pattern, Pageable.unpaged());
	}

	/** These actors with their parents, for the directory of actors. */
	@Query("""
			select new org.precursor.actor.ActorListing(a.id, a.slug, a.name, a.type, a.country, a.role, p.slug, p.name)
			from Actor a left join a.parent p where a.id in :ids order by a.name""")
	List<ActorListing> findListings(Collection<Long> ids);

	/** Actors whose name or one of whose aliases matches, by name. */
	@Query("""
			select a.id from Actor a where lower(a.name) like :pattern escape '!'
			or exists (select 1 from Actor x join x.aliases alias where x = a and lower(alias) like :pattern escape '!')
			order by a.name""")
	List<Long> findIdsByNameOrAliasLike(String pattern, Pageable page);

	/** The first actors by name. */
	@Query("select a.id from Actor a order by a.name")
	List<Long> findIdsByName(Pageable page);

	/**
	 * Every actor affiliated to each of these, however deep (to {@link Affiliations#MAX_DEPTH}), the root included:
	 * rows of the root's id and a member's id. Read through {@link Affiliations}.
	 */
	@Query(value = """
			with recursive tree(root_id, member_id, depth) as (
			    select id, id, 0 from actor where id in (:rootIds)
			    union all
			    select tree.root_id, child.id, tree.depth + 1 from actor child join tree on child.parent_id = tree.member_id
			    where tree.depth < """ + Affiliations.MAX_DEPTH + """

			)
			select root_id, member_id from tree""", nativeQuery = true)
	List<Object[]> walkDownFrom(Collection<Long> rootIds);

	/** The walk up from actors to the bodies they belong to: rows of the start, an ancestor and how far up it is. */
	String WALK_UP = """
			with recursive chain(start_id, ancestor_id, depth) as (
			    select id, parent_id, 1 from actor where id in (:ids) and parent_id is not null
			    union all
			    select chain.start_id, a.parent_id, chain.depth + 1 from actor a join chain on a.id = chain.ancestor_id
			    where a.parent_id is not null and chain.depth < """ + Affiliations.MAX_DEPTH + """

			)
			""";

	/**
	 * The actors above each of these, up to {@link Affiliations#MAX_DEPTH}: rows of the starting id, an ancestor's id
	 * and how many steps up it is (1 for the parent). Read through {@link Affiliations}.
	 */
	@Query(value = WALK_UP + "select start_id, ancestor_id, depth from chain", nativeQuery = true)
	List<Object[]> walkUpFrom(Collection<Long> ids);

	/** The actors above this one, nearest first, by the same walk. Read through {@link Affiliations}. */
	@Query(value = WALK_UP + "select a.* from actor a join chain on a.id = chain.ancestor_id order by chain.depth",
			nativeQuery = true)
	List<Actor> walkUpToActors(Collection<Long> ids);

}
