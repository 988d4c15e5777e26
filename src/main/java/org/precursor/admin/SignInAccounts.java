package org.precursor.admin;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Looks accounts up for sign-in, by the normal form of the username typed; the role becomes the authority that the
 * security rules check. A removed account is not found, so it cannot sign in.
 */
@Component
class SignInAccounts implements UserDetailsService {

	private final AccountRepository accounts;

	SignInAccounts(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.named(username).orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return SignedInAccount.of(account);
	}

}
