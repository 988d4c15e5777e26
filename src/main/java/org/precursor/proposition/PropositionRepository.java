package org.precursor.proposition;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PropositionRepository extends JpaRepository<Proposition, Long> {

	Optional<Proposition> findBySlug(String slug);

	List<Proposition> findAllByOrderByTextAsc();

}
