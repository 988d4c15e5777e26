package org.precursor.database;

import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRepository;
import org.precursor.article.Article;
import org.precursor.article.ArticleRepository;
import org.precursor.claim.Claim;
import org.precursor.claim.ClaimRepository;
import org.precursor.history.ChangeKind;
import org.precursor.history.History;
import org.precursor.history.RecordChange;
import org.precursor.history.RecordChange.FieldChange;
import org.precursor.proposition.Proposition;
import org.precursor.proposition.Stance;
import org.precursor.support.Fixtures;
import org.precursor.supplychain.SupplyChainLink;
import org.precursor.supplychain.SupplyChainLinkRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change history every supported database must keep: Envers writes to the audit tables that the V2
 * migration created, and a database that already held records starts its history with them. Subclasses choose
 * the database. Changes are committed for real, since Envers writes history when a transaction commits.
 */
@SpringBootTest
public abstract class HistoryContractTests {

	@Autowired
	private History history;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private ActorRepository actors;

	@Autowired
	private ClaimRepository claims;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private SupplyChainLinkRepository links;

	@Autowired
	private ApplicationContext context;

	/** An empty database of the same kind, for driving the migrations by hand. */
	protected abstract DataSource freshDatabase();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void keepsTheHistoryOfASupplyChainLinkWithItsPreviousValues() {
		signIn("alice");
		Long id = transactions.execute(tx -> {
			SupplyChainLink link = links.findAll().get(0);
			link.describe(link.getChannels(), "Since 2019", link.getDescription());
			return link.getId();
		});

		List<RecordChange> changes = history.of(SupplyChainLink.class, id);

		assertThat(changes).extracting(RecordChange::kind).containsExactly(ChangeKind.UPDATED, ChangeKind.CREATED);
		assertThat(changes.get(0).username()).isEqualTo("alice");
		assertThat(changes.get(0).fields()).filteredOn(field -> field.field().equals("Period"))
			.singleElement().satisfies(field -> assertThat(field.after()).isEqualTo("Since 2019"));
	}

	@Test
	void recordsWhoCreatedChangedAndDeletedARecordWithThePreviousValues() {
		signIn("alice");
		Article article = Fixtures.in(context).article("First title");
		transactions.executeWithoutResult(tx -> articles.findById(article.getId()).orElseThrow().retitle("Second title"));
		signIn("bob");
		articles.deleteById(article.getId());

		List<RecordChange> changes = history.of(Article.class, article.getId());

		assertThat(changes).extracting(RecordChange::kind)
			.containsExactly(ChangeKind.DELETED, ChangeKind.UPDATED, ChangeKind.CREATED);
		assertThat(changes).extracting(RecordChange::username).containsExactly("bob", "alice", "alice");
		assertThat(changes.get(1).fields()).containsExactly(new FieldChange("Title", "First title", "Second title"));
		assertThat(changes.get(0).fields()).contains(new FieldChange("Title", "Second title", ""));
		assertThat(changes.get(2).fields()).contains(new FieldChange("Title", "", "First title"));
	}

	@Test
	void recordsChangesToAClaimsSubjectsAndStances() {
		signIn("alice");
		Fixtures fixtures = Fixtures.in(context);
		Proposition proposition = fixtures.proposition("Talks help");
		Claim claim = fixtures.quote(fixtures.article("Story"), actors.findBySlug("china").orElseThrow(), "Words");
		transactions.executeWithoutResult(tx -> {
			Claim managed = claims.findById(claim.getId()).orElseThrow();
			managed.concerning(List.of(actors.findBySlug("mexico").orElseThrow()));
			managed.takeStance(context.getBean(org.precursor.proposition.PropositionRepository.class)
				.findById(proposition.getId()).orElseThrow(), Stance.SUPPORTS);
		});

		RecordChange latest = history.lastChange(Claim.class, claim.getId()).orElseThrow();

		assertThat(latest.kind()).isEqualTo(ChangeKind.UPDATED);
		assertThat(latest.fields()).containsExactly(new FieldChange("About", "", "Mexico"),
				new FieldChange("Stances", "", "Supports: " + proposition.getText()));
	}

	@Test
	void aChangeMadeWithoutASignedInUserIsTheSystems() {
		Actor actor = Fixtures.in(context).actor("Unattended", org.precursor.actor.ActorType.GROUP);

		assertThat(history.lastChange(Actor.class, actor.getId())).map(RecordChange::username).contains("system");
	}

	@Test
	void aDatabaseThatAlreadyHeldRecordsStartsItsHistoryWithThem() {
		DataSource database = freshDatabase();
		Flyway.configure().dataSource(database).locations("classpath:db/migration").target("1").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(database);
		jdbc.update("insert into outlet (slug, name, kind) values ('ap', 'Associated Press', 'WIRE_SERVICE')");
		jdbc.update("insert into actor (slug, name, type) values ('china', 'China', 'COUNTRY')");
		jdbc.update("insert into actor_alias (actor_id, alias) select id, 'PRC' from actor");
		jdbc.update("insert into proposition (slug, text) values ('p', 'A proposition')");
		jdbc.update("insert into article (outlet_id, title, date_precision, language) select id, 'A story', 'UNKNOWN', 'en' from outlet");
		jdbc.update("insert into claim (article_id, claimant_id, kind, text, position) select a.id, c.id, 'DIRECT_QUOTE', 'Words', 1 from article a, actor c");
		jdbc.update("insert into claim_about (claim_id, actor_id) select c.id, a.id from claim c, actor a");
		jdbc.update("insert into claim_stance (claim_id, proposition_id, stance) select c.id, p.id, 'SUPPORTS' from claim c, proposition p");

		Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

		assertThat(jdbc.queryForObject("select count(*) from revision_info where username = 'system'", Long.class)).isEqualTo(1);
		for (String table : List.of("outlet", "actor", "actor_alias", "proposition", "article", "claim", "claim_about", "claim_stance")) {
			assertThat(jdbc.queryForObject("select count(*) from " + table + "_aud where revtype = 0", Long.class))
				.as(table + " history").isEqualTo(1);
		}
	}

	@Test
	void anEmptyDatabaseStartsWithNoHistory() {
		DataSource database = freshDatabase();
		Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

		assertThat(new JdbcTemplate(database).queryForObject("select count(*) from revision_info", Long.class)).isZero();
	}

	private static void signIn(String username) {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username,
				null, AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
	}

}
