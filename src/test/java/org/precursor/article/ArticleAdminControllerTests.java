package org.precursor.article;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.precursor.actor.ActorType;
import org.precursor.claim.ClaimRepository;
import org.precursor.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.precursor.support.AdminRequests.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Adding, editing and deleting articles through the admin forms, and every way the form refuses bad input. */
@SpringBootTest
@AutoConfigureMockMvc
class ArticleAdminControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private OutletRepository outlets;

	@Autowired
	private ClaimRepository claims;

	@Autowired
	private ApplicationContext context;

	private Fixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = Fixtures.in(context);
	}

	@Test
	void addsAnArticleAndOpensItsPageToAddClaims() throws Exception {
		String title = Fixtures.unique("Talks on precursors");

		mvc.perform(newArticle("https://www.reuters.com/world/" + title.hashCode(), title, "Reuters")
			.param("publishedOn", "2024-06-20").param("authors", "Jane Doe").param("summary", "Talks."))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/admin/articles/*"));

		Article saved = articles.findByUrl("https://www.reuters.com/world/" + title.hashCode()).orElseThrow();
		assertThat(saved.getTitle()).isEqualTo(title);
		assertThat(saved.getPublishedOn()).isEqualTo(LocalDate.of(2024, 6, 20));
		assertThat(saved.getDatePrecision()).isEqualTo(DatePrecision.STATED);
		mvc.perform(get("/admin/articles/" + saved.getId()).with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("Add a claim")));
	}

	@Test
	void typingANewOutletNameCreatesTheOutlet() throws Exception {
		String outlet = Fixtures.unique("The Fentanyl Observer");

		mvc.perform(newArticle("https://observer.example/" + outlet.hashCode(), "A story", outlet))
			.andExpect(status().isFound());

		assertThat(outlets.findByNameIgnoreCase(outlet)).map(Outlet::getKind).contains(OutletKind.OTHER);
	}

	@Test
	void aNewOutletNameCloseToARecordedOneAsksDidYouMeanBeforeCreatingAnything() throws Exception {
		long outletsBefore = outlets.count();
		long articlesBefore = articles.count();
		String url = "https://www.reuters.com/world/" + Fixtures.unique("typo").hashCode();

		mvc.perform(newArticle(url, "A story", "Reuter").param("summary", "Kept while asking"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("articleForm", "outletName", "similar"))
			.andExpect(content().string(containsString("Did you mean “Reuters”?")))
			.andExpect(content().string(containsString("Kept while asking</textarea>")))
			.andExpect(content().string(containsString("Add it as a new outlet")));
		assertThat(outlets.count()).isEqualTo(outletsBefore);
		assertThat(articles.count()).isEqualTo(articlesBefore);

		mvc.perform(newArticle(url, "A story", "Reuter").param("newOutletConfirmed", "true"))
			.andExpect(status().isFound());
		assertThat(outlets.findByNameIgnoreCase("Reuter")).isPresent();
	}

	@Test
	void recordsTheOriginalOutletOfARepublishedStoryAndItsLanguage() throws Exception {
		String url = "https://blog.example/" + Fixtures.unique("copy").hashCode();

		mvc.perform(newArticle(url, "Un article repris", Fixtures.unique("Le Blog Fentanyl"))
			.param("originalOutletName", "Reuters").param("language", "fr"))
			.andExpect(status().isFound());

		Article saved = articles.findByUrl(url).flatMap(found -> articles.findWithOutletsById(found.getId()))
			.orElseThrow();
		assertThat(saved.getOriginalOutlet().getName()).isEqualTo("Reuters");
		assertThat(saved.getLanguage()).isEqualTo("fr");
	}

	@Test
	void missingRequiredFieldsReDisplayTheFormWithEachMessageBesideItsFieldAndKeepWhatWasTyped() throws Exception {
		long before = articles.count();

		mvc.perform(newArticle("", "  ", "").param("summary", "A summary worth keeping").param("body", "Body text"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("articleForm", "url", "title", "outletName"))
			.andExpect(content().string(containsString("Nothing was saved yet")))
			.andExpect(content().string(containsString("<div class=\"invalid-feedback d-block\" id=\"title-error\">Enter the article&#39;s title.</div>")))
			.andExpect(content().string(containsString("aria-invalid=\"true\" aria-describedby=\"title-error\"")))
			.andExpect(content().string(containsString("id=\"outletName-error\">Choose an outlet, or type the name of a new one.")))
			.andExpect(content().string(containsString("Enter the article&#39;s web address.")))
			.andExpect(content().string(containsString("A summary worth keeping</textarea>")))
			.andExpect(content().string(containsString("Body text</textarea>")));

		assertThat(articles.count()).isEqualTo(before);
	}

	@Test
	void refusesAMalformedAddressAndKeepsIt() throws Exception {
		mvc.perform(newArticle("not a web address", "A title", "Reuters"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("articleForm", "url", "WebAddress"))
			.andExpect(content().string(containsString("Enter a full web address starting with http:// or https://.")))
			.andExpect(content().string(containsString("value=\"not a web address\"")));
		mvc.perform(newArticle("ftp://files.example/story", "A title", "Reuters"))
			.andExpect(model().attributeHasFieldErrors("articleForm", "url"));
	}

	@Test
	void refusesAPublicationDateInTheFuture() throws Exception {
		String tomorrow = LocalDate.now().plusDays(1).toString();

		mvc.perform(newArticle("https://example.org/future", "From the future", "Reuters").param("publishedOn", tomorrow))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("articleForm", "publishedOn"))
			.andExpect(content().string(containsString("The publication date cannot be in the future.")))
			.andExpect(content().string(containsString("value=\"" + tomorrow + "\"")));
	}

	@Test
	void refusesADateThatIsNotADateAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(newArticle("https://example.org/bad-date", "Bad date", "Reuters").param("publishedOn", "2024-13-45"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("articleForm", "publishedOn"))
			.andExpect(content().string(containsString("Enter the date as yyyy-MM-dd, for example 2024-04-16.")))
			.andExpect(content().string(containsString("value=\"2024-13-45\"")));
	}

	@Test
	void refusesTooLongATitle() throws Exception {
		mvc.perform(newArticle("https://example.org/long", "x".repeat(501), "Reuters"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keep the title under 500 characters.")));
	}

	@Test
	void refusesAnAddressAlreadyRecordedComparedCanonicallyWithALinkToTheArticle() throws Exception {
		Article existing = fixtures.article("Existing story");
		String variant = existing.getUrl().replace("https://news.example", "HTTPS://NEWS.Example") + "/?utm_source=x&utm_medium=y#comments";
		long before = articles.count();

		mvc.perform(newArticle(variant, "The same story again", "Reuters"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("articleForm", "url", "duplicate"))
			.andExpect(content().string(containsString("This article is already recorded.")))
			.andExpect(content().string(containsString("href=\"/admin/articles/" + existing.getId() + "\"")))
			.andExpect(content().string(containsString(">" + existing.getTitle() + "</a>")))
			.andExpect(content().string(containsString("The same story again")));

		assertThat(articles.count()).isEqualTo(before);
	}

	@Test
	void storesTextAsTypedAndShowsMarkupAsText() throws Exception {
		String title = "<script>alert(1)</script> 中国外交部 " + Fixtures.unique("");
		String url = "https://example.cn/" + Math.abs(title.hashCode());

		mvc.perform(newArticle(url, title, "新华社 " + Fixtures.unique("")).param("authors", "王文斌"))
			.andExpect(status().isFound());

		Article saved = articles.findByUrl(url).orElseThrow();
		assertThat(saved.getTitle()).isEqualTo(title.strip());
		assertThat(saved.getAuthors()).isEqualTo("王文斌");
		for (String page : new String[] { "/admin/articles", "/admin/articles/" + saved.getId(),
				"/admin/articles/" + saved.getId() + "/edit", "/admin/articles/" + saved.getId() + "/delete",
				"/admin/history" }) {
			mvc.perform(get(page).with(editor()))
				.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt; 中国外交部")))
				.andExpect(content().string(not(containsString("<script>alert(1)"))));
		}
	}

	@Test
	void editsAnArticleAndKeepsItsPrecisionAndOriginalOutlet() throws Exception {
		Article article = fixtures.article("Before the edit");

		mvc.perform(post("/admin/articles/" + article.getId()).with(editor()).with(csrf())
			.param("version", String.valueOf(article.getVersion())).param("url", article.getUrl())
			.param("title", "After the edit").param("outletName", "Reuters").param("publishedOn", "2023-11-16")
			.param("datePrecision", "INFERRED").param("dateNote", "Inferred from “On Thursday”"))
			.andExpect(status().isFound());

		Article edited = articles.findWithOutletsById(article.getId()).orElseThrow();
		assertThat(edited.getTitle()).isEqualTo("After the edit");
		assertThat(edited.getOutlet().getName()).isEqualTo("Reuters");
		assertThat(edited.getDatePrecision()).isEqualTo(DatePrecision.INFERRED);
		assertThat(edited.getDateNote()).isEqualTo("Inferred from “On Thursday”");
	}

	@Test
	void aSecondEditorSavingAnOlderVersionSeesBothVersionsAndOverwritesNothing() throws Exception {
		Article article = fixtures.article("Shared story");
		String opened = String.valueOf(article.getVersion());
		mvc.perform(edit(article, opened, "First editor's title").with(editor("alice"))).andExpect(status().isFound());

		mvc.perform(edit(article, opened, "Second editor's title").with(editor("bob")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this while you were editing")))
			.andExpect(content().string(containsString("alice")))
			.andExpect(content().string(containsString("<td class=\"history-value\">Second editor&#39;s title</td>")))
			.andExpect(content().string(containsString("<td class=\"history-value\">First editor&#39;s title</td>")))
			.andExpect(content().string(containsString("value=\"Second editor&#39;s title\"")));

		assertThat(articles.findById(article.getId()).orElseThrow().getTitle()).isEqualTo("First editor's title");
	}

	@Test
	void theArticlesAdminPagesShowWhoChangedWhatWithThePreviousValues() throws Exception {
		Article article = fixtures.article("Original title");
		mvc.perform(edit(article, String.valueOf(article.getVersion()), "Corrected title").with(editor("carol")))
			.andExpect(status().isFound());

		for (String page : new String[] { "/admin/articles/" + article.getId() + "/edit", "/admin/articles/" + article.getId() }) {
			mvc.perform(get(page).with(editor()))
				.andExpect(content().string(containsString("<strong>Changed</strong>")))
				.andExpect(content().string(containsString("by <span>carol</span>")))
				.andExpect(content().string(containsString("<td class=\"history-value\">Original title</td>")))
				.andExpect(content().string(containsString("<td class=\"history-value\">Corrected title</td>")));
		}
	}

	@Test
	void deletingAnArticleFirstSaysWhichClaimsGoWithItThenLeavesNoOrphans() throws Exception {
		Article article = fixtures.article("Doomed story");
		var claimant = fixtures.actor("Speaker", ActorType.PERSON);
		fixtures.quote(article, claimant, "First doomed words");
		fixtures.quote(article, claimant, "Second doomed words");

		mvc.perform(get("/admin/articles/" + article.getId() + "/delete").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("are deleted with it")))
			.andExpect(content().string(containsString("First doomed words")))
			.andExpect(content().string(containsString("Second doomed words")));
		assertThat(articles.existsById(article.getId())).isTrue();

		mvc.perform(post("/admin/articles/" + article.getId() + "/delete").with(editor()).with(csrf())
			.param("version", String.valueOf(article.getVersion())))
			.andExpect(status().isFound());

		assertThat(articles.existsById(article.getId())).isFalse();
		assertThat(claims.findAll()).noneMatch(claim -> claim.getText().contains("doomed words"));
		mvc.perform(get("/admin/history").with(editor()))
			.andExpect(content().string(containsString("Doomed story")))
			.andExpect(content().string(containsString("First doomed words")));
	}

	@Test
	void anUnknownArticleIsAFriendlyNotFoundPage() throws Exception {
		mvc.perform(get("/admin/articles/987654/edit").with(editor()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no article number 987654")));
	}

	private MockHttpServletRequestBuilder newArticle(String url, String title, String outlet) {
		return post("/admin/articles").with(editor()).with(csrf()).param("url", url).param("title", title)
			.param("outletName", outlet);
	}

	private MockHttpServletRequestBuilder edit(Article article, String version, String title) {
		return post("/admin/articles/" + article.getId()).with(csrf()).param("version", version)
			.param("url", article.getUrl()).param("title", title).param("outletName", "Reuters");
	}

}
