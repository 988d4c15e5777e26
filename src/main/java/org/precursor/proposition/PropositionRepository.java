package org.precursor.proposition;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PropositionRepository extends JpaRepository<Proposition, Long> {

	Optional<Proposition> findBySlug(String slug);

	List<Proposition> findAllByOrderByTextAsc();

	@Query("select new org.precursor.proposition.PropositionRef(p.slug, p.text) from Proposition p order by p.text")
	List<PropositionRef> findAllRefs();

}
