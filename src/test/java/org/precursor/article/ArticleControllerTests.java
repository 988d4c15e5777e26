package org.precursor.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import org.precursor.actor.ActorRef;
import org.precursor.claim.ReportedClaims;
import org.precursor.web.NotFoundException;

import org.precursor.web.Pagination;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.mockito.BDDMockito.given;
import static org.precursor.support.TestData.aCard;
import static org.precursor.support.TestData.aQuoteCard;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ArticleController.class)
@AutoConfigureMockMvc(addFilters = false)
class ArticleControllerTests {

	static final ArticleListing REPUBLISHED = new ArticleListing(new ArticleRef(2L, "China is killing us"),
			new OutletRef("unidentified-blog", "Unidentified blog"), new OutletRef("ap", "Associated Press"),
			PublicationDate.of(LocalDate.of(2018, 12, 1), DatePrecision.INFERRED, "Inferred from the G20 summit."),
			"A reporter", "Our summary of it.", 31);

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ArticlePages pages;

	@Test
	void pagesThroughALongListOfArticles() throws Exception {
		given(pages.articles(3)).willReturn(new ArticleList(List.of(REPUBLISHED),
				Pagination.of(3, 50, 120, page -> "/articles?page=" + page)));

		mvc.perform(get("/articles?page=3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("120")))
			.andExpect(content().string(containsString("101–120")))
			.andExpect(content().string(containsString("href=\"/articles?page=2\"")));
	}

	@Test
	void listsArticlesWithOutletsDatesAndClaimCounts() throws Exception {
		given(pages.articles(1)).willReturn(new ArticleList(List.of(REPUBLISHED),
				Pagination.of(1, 50, 1, page -> "/articles?page=" + page)));

		mvc.perform(get("/articles"))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("list"))
			.andExpect(content().string(containsString("href=\"/articles/2\"")))
			.andExpect(content().string(stringContainsInOrder("Associated Press", ", republished by", "Unidentified blog")))
			.andExpect(content().string(containsString("c. Dec 2018, inferred")))
			.andExpect(content().string(containsString("31 claims")));
	}

	@Test
	void showsAnArticlesClaimsInReadingOrderAndWhomItQuotes() throws Exception {
		given(pages.article(2L)).willReturn(Map.of("page", new ArticlePage(REPUBLISHED, null, "en", false), "reported",
				new ReportedClaims(List.of(aQuoteCard(1, "mike-gallagher", "First words"), aCard(2, "dea", "Second words")),
						List.of(new ReportedClaims.QuotedActor(new ActorRef("mike-gallagher", "Mike Gallagher"), 1)))));

		mvc.perform(get("/articles/2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>China is killing us</h1>")))
			.andExpect(content().string(containsString("Our summary of it.")))
			.andExpect(content().string(containsString("Inferred from the G20 summit.")))
			.andExpect(content().string(containsString("does not give the article’s address")))
			.andExpect(content().string(stringContainsInOrder("First words", "Second words")))
			.andExpect(content().string(containsString("href=\"/actors/mike-gallagher\"")));
	}

	@Test
	void linksToTheOriginalWhenItsAddressIsKnown() throws Exception {
		given(pages.article(2L)).willReturn(Map.of("page", new ArticlePage(REPUBLISHED, "https://apnews.com/article/x", "en", false),
				"reported", new ReportedClaims(List.of(), List.of())));

		mvc.perform(get("/articles/2")).andExpect(content().string(containsString("href=\"https://apnews.com/article/x\"")));
	}

	@Test
	void answersAnUnknownArticleWithTheFriendlyNotFoundPage() throws Exception {
		given(pages.article(404L)).willThrow(new NotFoundException("There is no article number 404."));

		mvc.perform(get("/articles/404"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no article number 404.")));
		mvc.perform(get("/articles/first")).andExpect(status().isNotFound());
	}

}
