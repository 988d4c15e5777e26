package org.precursor.actor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

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

	@Query("select a from Actor a left join fetch a.parent where a.slug = :slug")
	Optional<Actor> findWithParentBySlug(String slug);

	@Query("select a from Actor a left join fetch a.parent left join fetch a.aliases where a.id = :id")
	Optional<Actor> findWithParentById(Long id);

	List<Actor> findByParentOrderByNameAsc(Actor parent);

	List<Actor> findByNameIgnoreCase(String name);

	@Query("select distinct a from Actor a join a.aliases alias where lower(alias) = lower(:alias)")
	List<Actor> findByAliasIgnoreCase(String alias);

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

	/** Ids of an actor and of every actor affiliated to it, however deep, for rolled-up views. */
	@Query(value = """
			with recursive tree(id) as (
			    select id from actor where id = :rootId
			    union all
			    select child.id from actor child join tree on child.parent_id = tree.id
			)
			select id from tree""", nativeQuery = true)
	List<Long> findIdsInAffiliationTree(Long rootId);

}
