package org.precursor.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Accounts, stored and looked up under the one normal form of their username ({@link Usernames}). */
interface AccountRepository extends JpaRepository<Account, Long> {

	/** The account that a username, in any case or compatible form, names. */
	default Optional<Account> named(String username) {
		return findByUsername(Usernames.normalise(username));
	}

	default boolean existsNamed(String username) {
		return existsByUsername(Usernames.normalise(username));
	}

	Optional<Account> findByUsername(String normalisedUsername);

	boolean existsByUsername(String normalisedUsername);

	long countByRole(Role role);

	List<Account> findAllByOrderByUsernameAsc();

}
