package org.precursor.admin;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps every open session in step with its account, at its next request: a session whose account was removed, or
 * whose password changed since it signed in, is signed out; one whose role or name changed carries the new ones,
 * so a demoted admin loses the account pages at once. Only sessions signed in through the sign-in form
 * ({@link SignedInAccount}) are checked. Sessions are kept in the database that every instance shares, and the
 * check reads the account from it, so a change made through one instance holds on all of them. A removed account's
 * sessions, and the other sessions of one whose password changed, are also deleted from the store at once.
 */
class AccountSessions {

	private final AccountRepository accounts;

	private final SecurityContextRepository contexts;

	/** Null when the application runs without a web server (the --generate command), which has no sessions. */
	private final FindByIndexNameSessionRepository<? extends Session> store;

	AccountSessions(AccountRepository accounts, SecurityContextRepository contexts,
			FindByIndexNameSessionRepository<? extends Session> store) {
		this.accounts = accounts;
		this.contexts = contexts;
		this.store = store;
	}

	/** The filter that checks each request's session, placed right after the one that loads it. */
	OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				check(request, response);
				chain.doFilter(request, response);
			}

		};
	}

	void check(HttpServletRequest request, HttpServletResponse response) {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn == null || !(signedIn.getPrincipal() instanceof SignedInAccount session)) {
			return;
		}
		Optional<Account> account = accounts.findById(session.id());
		if (account.isEmpty() || !session.hasPasswordOf(account.get())) {
			signOut(request);
		}
		else if (!session.isUpToDateWith(account.get())) {
			signInAs(account.get(), signedIn, request, response);
		}
	}

	/**
	 * Keeps the current session signed in after its own user changed the password (under a new session id), while
	 * every other session of the account is signed out at its next request.
	 */
	void keepCurrentSession(HttpServletRequest request, HttpServletResponse response) {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn != null && signedIn.getPrincipal() instanceof SignedInAccount session) {
			accounts.findById(session.id()).ifPresent(account -> {
				String stored = request.getSession().getId();
				request.changeSessionId();
				signInAs(account, signedIn, request, response);
				// The current session is stored under its old id until this request ends.
				endSessionsOf(account.getUsername(), stored);
			});
		}
	}

	/** Deletes every stored session signed in as the account, on whichever instance it was opened. */
	void endSessionsOf(String username) {
		endSessionsOf(username, null);
	}

	private void endSessionsOf(String username, String kept) {
		if (store == null) {
			return;
		}
		store.findByPrincipalName(username).keySet().stream().filter(id -> !id.equals(kept)).forEach(store::deleteById);
	}

	private void signInAs(Account account, Authentication before, HttpServletRequest request,
			HttpServletResponse response) {
		SignedInAccount principal = SignedInAccount.of(account);
		principal.eraseCredentials();
		UsernamePasswordAuthenticationToken after = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities());
		after.setDetails(before.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(after);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	private static void signOut(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

}
