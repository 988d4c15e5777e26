package org.precursor.actor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActorRepository extends JpaRepository<Actor, Long> {

	Optional<Actor> findBySlug(String slug);

	List<Actor> findBySlugIn(Collection<String> slugs);

	@Query("select a from Actor a left join fetch a.parent where a.slug = :slug")
	Optional<Actor> findWithParentBySlug(String slug);

	List<Actor> findByParentOrderByNameAsc(Actor parent);

	/** Actors whose name or one of whose aliases matches, case-insensitively ("PRC" finds China). */
	@Query("""
			select distinct a from Actor a left join a.aliases alias
			where lower(a.name) like lower(concat('%', :text, '%'))
			   or lower(alias) like lower(concat('%', :text, '%'))
			order by a.name""")
	List<Actor> findByNameOrAliasContaining(String text);

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
