package org.precursor.admin;

import java.time.Clock;
import java.util.LinkedHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Public pages are open and read-only; everything under /admin needs a signed-in editor, and accounts need an
 * admin. Every response carries a Content-Security-Policy that allows only this site's own scripts and styles.
 * Every request's session is checked against its account ({@link AccountSessions}), and redirects never name a host.
 */
@Configuration
@EnableConfigurationProperties(AdminProperties.class)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * The API's browsable description (Swagger UI, under {@value #API_UI_PATHS}) sets one style element from its own
	 * script; only there may styles be inline. Its scripts are still only this site's own files.
	 */
	static final String API_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self';",
			"style-src 'self' 'unsafe-inline';");

	static final String API_UI_PATHS = "/swagger-ui/**";

	static final String EXTRACTIONS_PATH = "/api/extractions";

	/** Only where there are requests to filter: the --generate command starts the application without a server. */
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authentication,
			SecurityContextRepository contexts, AccountSessions accountSessions) throws Exception {
		SavedRequestAwareAuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();
		signedIn.setDefaultTargetUrl("/admin");
		signedIn.setRedirectStrategy(new RelativeRedirects());
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/admin/accounts/**", "/admin/tokens/**", "/admin/import/**").hasRole(Role.ADMIN.name())
			.requestMatchers("/admin", "/admin/**").hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name())
			.anyRequest().permitAll())
			.authenticationManager(authentication)
			.securityContext(context -> context.securityContextRepository(contexts))
			.addFilterAfter(accountSessions.filter(), SecurityContextHolderFilter.class)
			.formLogin(form -> form.loginPage("/login")
				.successHandler(signedIn)
				.failureHandler(new SignInFailures())
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?signed-out").permitAll())
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(errors -> errors.accessDeniedHandler(accessDenied()));
		securityHeaders(http);
		return http.build();
	}

	/**
	 * The API: reading is open to anyone; writing needs an {@code Authorization: Bearer} token of an editor's or an
	 * admin's account ({@link ApiTokens}). Each request stands alone: no session is read or made, so there is no
	 * cookie for another site to ride and no CSRF token to ask for. Browser forms keep theirs in the chain above.
	 */
	@Bean
	@Order(1)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/api/**").permitAll()
				.requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
				.requestMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
				.anyRequest().hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name()))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> BearerTokens.problem(response, 401,
						"An API token is needed", "Writing through the API needs “Authorization: Bearer ” and a "
								+ "token an admin made at /admin/tokens."))
				.accessDeniedHandler((request, response, ex) -> BearerTokens.problem(response, 403,
						"This token may not do that", "The token's account may not make this change.")));
		signInByTokenOrNotAtAll(http, tokens);
		securityHeaders(http);
		return http.build();
	}

	/**
	 * Proposing claims from a text ({@code POST /api/extractions}) writes nothing, so it is open to an editor's
	 * signed-in page as well as to scripts: a bearer token as for the API, or the page's session together with its
	 * CSRF token, so that another site cannot ride the session cookie. A request with an Authorization header is
	 * judged by its token alone, and one without a session has no cookie to ride: neither needs a CSRF token.
	 */
	@Bean
	@Order(0)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	SecurityFilterChain extractionFilterChain(HttpSecurity http, ApiTokens tokens, SecurityContextRepository contexts,
			AccountSessions accountSessions) throws Exception {
		RequestMatcher bySession = request -> request.getHeader(HttpHeaders.AUTHORIZATION) == null
				&& request.getRequestedSessionId() != null;
		http.securityMatcher(EXTRACTIONS_PATH)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.OPTIONS, EXTRACTIONS_PATH).permitAll()
				.anyRequest().hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name()))
			.securityContext(context -> context.securityContextRepository(contexts))
			.addFilterAfter(accountSessions.filter(), SecurityContextHolderFilter.class)
			// Reads the page's session but never writes one: a token's sign-in must not outlive its request.
			.sessionManagement(sessions -> sessions.disable())
			.csrf(csrf -> csrf.requireCsrfProtectionMatcher(new AndRequestMatcher(CsrfFilter.DEFAULT_CSRF_MATCHER,
					bySession)))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> BearerTokens.problem(response, 401,
						"Sign in or send an API token", "Proposing claims needs an editor: the page of a signed-in "
								+ "editor with its CSRF token, or “Authorization: Bearer ” and a token an admin made "
								+ "at /admin/tokens."))
				.accessDeniedHandler((request, response, ex) -> {
					if (ex instanceof CsrfException) {
						BearerTokens.problem(response, 403, "The CSRF token is missing or out of date",
								"A signed-in request must carry its page's CSRF token in the "
										+ "X-CSRF-TOKEN header. Reload the page and try again.");
					}
					else {
						BearerTokens.problem(response, 403, "This account may not do that",
								"Proposing claims needs an editor's or an admin's account.");
					}
				}));
		signInByTokenOrNotAtAll(http, tokens);
		securityHeaders(http);
		return http.build();
	}

	/** API requests never sign in with a form or a password, nor sign out: only a bearer token signs one in. */
	private static void signInByTokenOrNotAtAll(HttpSecurity http, ApiTokens tokens) throws Exception {
		http.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.addFilterBefore(new BearerTokens(tokens), AnonymousAuthenticationFilter.class);
	}

	/** The headers every answer carries, pages and API alike. */
	private static void securityHeaders(HttpSecurity http) throws Exception {
		RequestMatcher apiUi = PathPatternRequestMatcher.withDefaults().matcher(API_UI_PATHS);
		http.headers(headers -> headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(apiUi),
					new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(apiUi,
					new ContentSecurityPolicyHeaderWriter(API_UI_POLICY)))
			.frameOptions(frames -> frames.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
	}

	@Bean
	AuthenticationManager authenticationManager(SignInAccounts accounts, PasswordEncoder encoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(encoder);
		return new ProviderManager(new ThrottledAuthentication(passwords, throttle));
	}

	/** Where each request's sign-in is kept: the session, as by default, shared with {@link AccountSessions}. */
	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	@Bean
	AccountSessions accountSessions(AccountRepository accounts, SecurityContextRepository contexts,
			ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		return new AccountSessions(accounts, contexts, sessions.getIfAvailable());
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	LoginThrottle loginThrottle(Clock clock) {
		return new LoginThrottle(clock);
	}

	/** A form sent after its session expired gets a page that says so, instead of a bare "forbidden". */
	private static AccessDeniedHandler accessDenied() {
		AccessDeniedHandlerImpl expired = new AccessDeniedHandlerImpl();
		expired.setErrorPage("/session-expired");
		LinkedHashMap<Class<? extends org.springframework.security.access.AccessDeniedException>, AccessDeniedHandler> handlers = new LinkedHashMap<>();
		handlers.put(CsrfException.class, expired);
		return new DelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
	}

}
