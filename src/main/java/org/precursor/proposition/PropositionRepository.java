package org.precursor.proposition;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PropositionRepository extends JpaRepository<Proposition, Long> {

	Optional<Proposition> findBySlug(String slug);

	List<Proposition> findAllByOrderByTextAsc();

	boolean existsBySlug(String slug);

	Optional<Proposition> findByTextIgnoreCase(String text);

	/** Every proposition as listed on the admin page, with how many claims take a side on it. */
	@Query("""
			select new org.precursor.proposition.PropositionRow(p.id, p.text,
			    (select count(c) from Claim c join c.stances s where s.proposition = p))
			from Proposition p order by lower(p.text)""")
	List<PropositionRow> findRowsByText();

	@Query("select new org.precursor.proposition.PropositionRef(p.slug, p.text) from Proposition p order by p.text")
	List<PropositionRef> findAllRefs();

}
