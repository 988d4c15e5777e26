package org.precursor.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	@Query("select t from ApiToken t join fetch t.account where t.tokenHash = :hash")
	Optional<ApiToken> findByTokenHash(String hash);

	@Query("select t from ApiToken t join fetch t.account order by t.revokedAt desc nulls first, t.name")
	List<ApiToken> findAllForListing();

	boolean existsByNameIgnoreCase(String name);

}
