package org.precursor.actor;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActorRedirectRepository extends JpaRepository<ActorRedirect, Long> {

	List<ActorRedirect> findByActor(Actor actor);

	/** The slug an old, merged actor's slug now leads to. */
	@Query("select r.actor.slug from ActorRedirect r where r.oldSlug = :oldSlug")
	Optional<String> findCurrentSlug(String oldSlug);

}
