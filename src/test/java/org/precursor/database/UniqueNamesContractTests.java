package org.precursor.database;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.precursor.support.AdminRequests.admin;
import static org.precursor.support.AdminRequests.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two editors submitting the same new name at the same moment, in the same or another case: one record is made, and
 * the other editor sees the form again with the same message as when the name was taken earlier, never an error
 * page. The database decides (a unique constraint on the lowercased name), so every supported database must show
 * this, and must migrate records that differ only in case, kept from before; subclasses choose it. The forms commit
 * for real, so each test removes what it made.
 * <p>
 * Plain {@code @SpringBootTest}, with MockMvc built here, so that the context is the one the history contract
 * already starts on each database.
 */
@SpringBootTest
public abstract class UniqueNamesContractTests {

	private static final int ROUNDS = 6;

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private MockMvc mvc;

	/** Marks this test's names, so that cleaning up touches nothing else. */
	private final String marker = "race" + UUID.randomUUID().toString().substring(0, 8);

	/** An empty database of the same kind, for driving the migrations by hand. */
	protected abstract DataSource freshDatabase();

	@BeforeEach
	void buildMockMvc() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@AfterEach
	void removeWhatTheRacesMade() {
		String pattern = "%" + marker + "%";
		jdbc.update("delete from outlet_aud where lower(name) like ?", pattern);
		jdbc.update("delete from outlet where lower(name) like ?", pattern);
		jdbc.update("delete from actor_aud where lower(name) like ?", pattern);
		jdbc.update("delete from actor where lower(name) like ?", pattern);
		jdbc.update("delete from proposition_aud where lower(text) like ?", pattern);
		jdbc.update("delete from proposition where lower(text) like ?", pattern);
		jdbc.update("delete from account where lower(username) like ?", pattern);
	}

	@Test
	void twoEditorsAddingTheSameOutletAtOnceMakeOneAndTheOtherIsToldItExists() throws Exception {
		races(name -> post("/admin/outlets").with(editor()).with(csrf()).param("name", name).param("kind", "BLOG"),
				"There is already an outlet called", "select count(*) from outlet where lower(name) = ?");
	}

	@Test
	void twoEditorsAddingTheSameActorAtOnceMakeOneAndTheOtherIsToldItExists() throws Exception {
		races(name -> post("/admin/actors").with(editor()).with(csrf()).param("name", name).param("type", "AGENCY"),
				"There is already an actor called", "select count(*) from actor where lower(name) = ?");
	}

	@Test
	void twoEditorsAddingTheSamePropositionAtOnceMakeOneAndTheOtherIsToldItExists() throws Exception {
		races(text -> post("/admin/propositions").with(editor()).with(csrf()).param("text", text),
				"This proposition is already recorded.", "select count(*) from proposition where lower(text) = ?");
	}

	@Test
	void twoAdminsAddingTheSameUsernameAtOnceMakeOneAccountAndTheOtherIsToldItExists() throws Exception {
		races(username -> post("/admin/accounts").with(admin()).with(csrf()).param("username", username.replace(' ', '.'))
			.param("password", "a long enough password").param("role", "EDITOR"),
				"There is already an account with this username.",
				"select count(*) from account where lower(username) = replace(?, ' ', '.')");
	}

	@Test
	void twoEditorsNamingTheSameNewOutletOnTheArticleFormAtOnceShareOneOutlet() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			String name = "Outlet " + marker + " " + round;
			String spelling = round % 2 == 0 ? name : name.toUpperCase();
			List<Answer> answers = atOnce(articleNaming(name, round, 1), articleNaming(spelling, round, 2));

			assertThat(answers).extracting(Answer::status).as("both articles saved, in round " + round)
				.containsExactly(302, 302);
			assertThat(count("select count(*) from outlet where lower(name) = ?", name.toLowerCase())).isOne();
		}
		jdbc.update("delete from article_aud where url like ?", "%" + marker + "%");
		jdbc.update("delete from article where url like ?", "%" + marker + "%");
	}

	private MockHttpServletRequestBuilder articleNaming(String outlet, int round, int editor) {
		return post("/admin/articles").with(editor()).with(csrf())
			.param("url", "https://example.org/" + marker + "/" + round + "/" + editor)
			.param("title", "Story " + editor)
			.param("outletName", outlet)
			.param("newOutletConfirmed", "true")
			.param("publishedOn", "2024-05-01")
			.param("language", "en");
	}

	@Test
	void theMigrationKeepsRecordsThatDifferOnlyInCaseAndTellsThemApart() {
		DataSource database = freshDatabase();
		Flyway.configure().dataSource(database).locations("classpath:db/migration").target("8").load().migrate();
		JdbcTemplate old = new JdbcTemplate(database);
		old.update("insert into outlet (slug, name, kind) values ('reuters', 'Reuters', 'WIRE_SERVICE')");
		old.update("insert into outlet (slug, name, kind) values ('reuters-2', 'REUTERS', 'WIRE_SERVICE')");
		old.update("insert into article (outlet_id, title, date_precision, language) select id, 'A story', 'UNKNOWN',"
				+ " 'en' from outlet where slug = 'reuters-2'");
		old.update("insert into actor (slug, name, type) values ('dea', 'DEA', 'AGENCY')");
		old.update("insert into actor (slug, name, type) values ('dea-2', 'dea ', 'AGENCY')");
		old.update("insert into proposition (slug, text) values ('p', 'China is the source')");
		old.update("insert into proposition (slug, text) values ('p-2', 'china is the source')");
		old.update("insert into account (username, password_hash, role, created_at) values ('casey', 'x', 'EDITOR',"
				+ " current_timestamp)");
		old.update("insert into account (username, password_hash, role, created_at) values ('CASEY', 'x', 'EDITOR',"
				+ " current_timestamp)");

		Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

		long renamedOutlet = old.queryForObject("select id from outlet where slug = 'reuters-2'", Long.class);
		assertThat(old.queryForList("select name from outlet order by id", String.class))
			.containsExactly("Reuters", "REUTERS (" + renamedOutlet + ")");
		assertThat(old.queryForObject("select count(*) from article", Long.class)).as("its article stays").isOne();
		assertThat(old.queryForList("select name from actor order by id", String.class)).first().isEqualTo("DEA");
		assertThat(old.queryForList("select text from proposition order by id", String.class)).first()
			.isEqualTo("China is the source");
		assertThat(old.queryForList("select lower(username) from account order by id", String.class))
			.hasSize(2).doesNotHaveDuplicates().first().isEqualTo("casey");
		assertThat(old.queryForObject("select count(*) from outlet_aud a join revision_info r on r.id = a.rev"
				+ " where r.username = 'migration V9' and a.id = ?", Long.class, renamedOutlet))
			.as("the rename in the outlet's history").isOne();
		assertThat(old.queryForObject("select version from outlet where id = ?", Long.class, renamedOutlet))
			.as("forms opened before the rename are stale").isOne();

		assertThatThrownBy(() -> old.update("insert into outlet (slug, name, name_key, kind)"
				+ " values ('r3', 'reuters', 'reuters', 'BLOG')")).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> old.update("insert into actor (slug, name, name_key, type)"
				+ " values ('d3', 'Dea', 'dea', 'AGENCY')")).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> old.update("insert into proposition (slug, text, text_key)"
				+ " values ('p3', 'CHINA IS THE SOURCE', 'china is the source')"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	/**
	 * Submits the form twice at once, round after round, alternately with the same name and with one differing only
	 * in case; each round must end with one record of that name and two answers a person can read.
	 */
	private void races(Function<String, MockHttpServletRequestBuilder> form, String takenMessage, String countSql)
			throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			String name = "Name " + marker + " " + round;
			String spelling = round % 2 == 0 ? name : name.toUpperCase();
			List<Answer> answers = atOnce(form.apply(name), form.apply(spelling));

			assertThat(answers).extracting(Answer::status)
				.as("one saved (redirect), one told the name is taken (the form again), in round " + round + ": "
						+ answers)
				.containsExactlyInAnyOrder(302, 200);
			Answer refused = answers.stream().filter(answer -> answer.status() == 200).findFirst().orElseThrow();
			assertThat(refused.body()).contains(takenMessage).contains("is-invalid");
			assertThat(count(countSql, name.toLowerCase())).as("records named " + name).isOne();
		}
	}

	/** Both requests released at the same moment; an exception escaping the controller counts as a 500. */
	private List<Answer> atOnce(MockHttpServletRequestBuilder one, MockHttpServletRequestBuilder other)
			throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		List<Callable<Answer>> requests = new ArrayList<>();
		for (MockHttpServletRequestBuilder request : List.of(one, other)) {
			requests.add(() -> {
				start.await();
				try {
					MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
					return new Answer(response.getStatus(), response.getContentAsString());
				}
				catch (Exception ex) {
					return new Answer(500, String.valueOf(ex.getCause() != null ? ex.getCause() : ex));
				}
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Answer> answers = new ArrayList<>();
			for (Future<Answer> answer : pool.invokeAll(requests)) {
				answers.add(answer.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private long count(String sql, String name) {
		return jdbc.queryForObject(sql, Long.class, name);
	}

	private record Answer(int status, String body) {

		@Override
		public String toString() {
			return status == 500 ? "500 " + body : String.valueOf(status);
		}

	}

}
