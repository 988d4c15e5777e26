package org.precursor.claim;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRepository;
import org.precursor.actor.ActorType;
import org.precursor.article.Article;
import org.precursor.proposition.Proposition;
import org.precursor.proposition.Stance;
import org.precursor.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.precursor.support.AdminRequests.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Adding, editing and removing claims on an article's admin page, and the claim form's rules. */
@SpringBootTest
@AutoConfigureMockMvc
class ClaimAdminControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ClaimRepository claims;

	@Autowired
	private ActorRepository actors;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private ApplicationContext context;

	private Fixtures fixtures;

	private Article article;

	@BeforeEach
	void anArticle() {
		fixtures = Fixtures.in(context);
		article = fixtures.article("Talks", "Officials met. \"We firmly oppose the smears,\" said the spokesman. "
				+ "Precursor seizures doubled, the agency said.");
	}

	@Test
	void addsAClaimByAnActorFoundByAliasWithItsSubjectsAndStances() throws Exception {
		Proposition proposition = fixtures.proposition("China cooperates in good faith");

		mvc.perform(addClaim().param("claimant", "prc").param("text", "We firmly oppose the smears,")
			.param("about", "United States; China").param("stances[0].proposition", proposition.getId().toString())
			.param("stances[0].stance", "SUPPORTS").param("madeOn", "2024-06-20"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/articles/" + article.getId() + "#new-claim"));

		transactions.executeWithoutResult(tx -> {
			Claim claim = only(claims.findByArticleInReadingOrder(article));
			assertThat(claim.getClaimant().getSlug()).isEqualTo("china");
			assertThat(claim.getKind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
			assertThat(claim.getAbout()).extracting(Actor::getSlug).containsExactlyInAnyOrder("china", "united-states");
			assertThat(claim.getStances()).singleElement().satisfies(stance -> {
				assertThat(stance.getProposition().getId()).isEqualTo(proposition.getId());
				assertThat(stance.getStance()).isEqualTo(Stance.SUPPORTS);
			});
			assertThat(claim.getMadeOn()).isEqualTo(LocalDate.of(2024, 6, 20));
			assertThat(claim.getPosition()).isEqualTo(1);
		});
		mvc.perform(get("/admin/articles/" + article.getId()).with(editor()))
			.andExpect(content().string(containsString("We firmly oppose the smears,")))
			.andExpect(content().string(containsString("Claims (<span>1</span>)")));
	}

	@Test
	void recordsTheClaimInItsPassageAndShowsItInContext() throws Exception {
		String passage = "\"We firmly oppose the smears,\" said the spokesman.";

		mvc.perform(addClaim().param("claimant", "china").param("text", "We firmly oppose the smears")
			.param("passage", passage).param("cue", "said").param("speakerMention", "the spokesman"))
			.andExpect(status().isFound());

		Claim claim = only(claims.findByArticleInReadingOrder(article));
		assertThat(claim.getPassage()).isEqualTo(passage);
		assertThat(claim.getContentStart()).isEqualTo(1);
		assertThat(claim.getCue()).isEqualTo("said");
		assertThat(claim.getSpeakerMention()).isEqualTo("the spokesman");
		mvc.perform(get("/claims/" + claim.getId()))
			.andExpect(content().string(containsString("&quot;<mark>We firmly oppose the smears</mark>,&quot; said the spokesman.")))
			.andExpect(content().string(containsString("“the spokesman”")));
	}

	@Test
	void refusesAPassageThatDoesNotHoldTheClaimAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(addClaim().param("claimant", "china").param("text", "We firmly oppose the smears")
			.param("passage", "Officials met.").param("cue", "said"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("claimForm", "passage", "notInPassage"))
			.andExpect(content().string(containsString("Officials met.")))
			.andExpect(content().string(containsString("We firmly oppose the smears")));

		assertThat(claims.findByArticleInReadingOrder(article)).isEmpty();
	}

	@Test
	void refusesTheSameWordsBySameClaimantTwiceInOneArticleWithALinkToTheFirst() throws Exception {
		mvc.perform(addClaim().param("claimant", "china").param("text", "We firmly oppose the smears"))
			.andExpect(status().isFound());
		Long first = only(claims.findByArticleInReadingOrder(article)).getId();

		mvc.perform(addClaim().param("claimant", "PRC").param("text", "We firmly oppose the smears"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("claimForm", "text", "recorded"))
			.andExpect(content().string(containsString("href=\"/claims/" + first + "\"")));

		assertThat(claims.findByArticleInReadingOrder(article)).hasSize(1);
	}

	@Test
	void addsAClaimByANewActorTypedInline() throws Exception {
		String name = Fixtures.unique("汪文斌 Wang Wenbin");

		mvc.perform(addClaim().param("newActorName", name).param("newActorType", "PERSON")
			.param("newActorCountry", "China").param("kind", "REPORTED_SPEECH")
			.param("text", "Precursor seizures doubled, the agency said."))
			.andExpect(status().isFound());

		Actor created = actors.findByNameIgnoreCase(name).get(0);
		assertThat(created.getType()).isEqualTo(ActorType.PERSON);
		assertThat(created.getCountry()).isEqualTo("China");
		assertThat(claims.countByClaimant(created)).isEqualTo(1);
	}

	@Test
	void refusesEmptyClaimTextAndCreatesNothingNotEvenTheNewActor() throws Exception {
		String name = Fixtures.unique("Unsaved speaker");

		mvc.perform(addClaim().param("newActorName", name).param("newActorType", "PERSON").param("text", "   ")
			.param("about", "China"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("claimForm", "text"))
			.andExpect(content().string(containsString("Enter the claim&#39;s text, word for word as the article has it.")))
			.andExpect(content().string(containsString("value=\"" + name + "\"")))
			.andExpect(content().string(containsString("<details class=\"new-actor\" open=\"open\">")))
			.andExpect(content().string(containsString("value=\"China\"")));

		assertThat(actors.findByNameIgnoreCase(name)).isEmpty();
		assertThat(claims.countByArticle(article)).isZero();
	}

	@Test
	void refusesAStanceWithoutAProposition() throws Exception {
		mvc.perform(addClaim().param("claimant", "China").param("text", "We firmly oppose the smears,")
			.param("stances[1].stance", "DISPUTES"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("claimForm", "stances[1].proposition"))
			.andExpect(content().string(containsString("Choose the proposition this stance is on.")))
			.andExpect(content().string(containsString("<option value=\"DISPUTES\" selected=\"selected\">")));

		assertThat(claims.countByArticle(article)).isZero();
	}

	@Test
	void refusesAPropositionWithoutAStanceAndTheSamePropositionTwice() throws Exception {
		Proposition proposition = fixtures.proposition("Mexico does too little");

		mvc.perform(addClaim().param("claimant", "China").param("text", "We firmly oppose the smears,")
			.param("stances[0].proposition", proposition.getId().toString())
			.param("stances[1].proposition", proposition.getId().toString()).param("stances[1].stance", "DISPUTES"))
			.andExpect(model().attributeHasFieldErrors("claimForm", "stances[0].stance"))
			.andExpect(content().string(containsString("Choose whether the claim supports or disputes this proposition.")));
		mvc.perform(addClaim().param("claimant", "China").param("text", "We firmly oppose the smears,")
			.param("stances[0].proposition", proposition.getId().toString()).param("stances[0].stance", "SUPPORTS")
			.param("stances[1].proposition", proposition.getId().toString()).param("stances[1].stance", "DISPUTES"))
			.andExpect(model().attributeHasFieldErrors("claimForm", "stances[1].proposition"))
			.andExpect(content().string(containsString("This proposition is already listed")));
	}

	@Test
	void refusesAClaimantNobodyIsCalledAndTwoClaimantsAtOnce() throws Exception {
		mvc.perform(addClaim().param("claimant", "Chnia").param("text", "We firmly oppose the smears,"))
			.andExpect(model().attributeHasFieldErrors("claimForm", "claimant"))
			.andExpect(content().string(containsString("No actor is called “Chnia”.")));
		mvc.perform(addClaim().param("text", "We firmly oppose the smears,"))
			.andExpect(content().string(containsString("Choose who made the claim, or create a new actor.")));
		mvc.perform(addClaim().param("claimant", "China").param("newActorName", "Someone new")
			.param("newActorType", "PERSON").param("text", "We firmly oppose the smears,"))
			.andExpect(content().string(containsString("Either choose an existing claimant or create a new actor, not both.")));
		mvc.perform(addClaim().param("newActorName", "china").param("newActorType", "COUNTRY")
			.param("text", "We firmly oppose the smears,"))
			.andExpect(content().string(containsString("There is already an actor called “china”.")));

		assertThat(claims.countByArticle(article)).isZero();
	}

	@Test
	void refusesAnUnknownSubject() throws Exception {
		mvc.perform(addClaim().param("claimant", "China").param("text", "We firmly oppose the smears,")
			.param("about", "United States; Atlantis"))
			.andExpect(model().attributeHasFieldErrors("claimForm", "about"))
			.andExpect(content().string(containsString("No actor is called “Atlantis”.")));
	}

	@Test
	void aDirectQuoteMustBeWordForWordInThePastedArticleText() throws Exception {
		mvc.perform(addClaim().param("claimant", "China").param("kind", "DIRECT_QUOTE")
			.param("text", "We strongly oppose the smears"))
			.andExpect(model().attributeHasFieldErrorCode("claimForm", "text", "notVerbatim"))
			.andExpect(content().string(containsString("These words are not in the article&#39;s text.")));
		mvc.perform(addClaim().param("claimant", "China").param("kind", "REPORTED_SPEECH")
			.param("text", "China strongly opposes the smears"))
			.andExpect(status().isFound());
	}

	@Test
	void refusesAClaimDateInTheFuture() throws Exception {
		mvc.perform(addClaim().param("claimant", "China").param("text", "We firmly oppose the smears,")
			.param("madeOn", LocalDate.now().plusDays(3).toString()))
			.andExpect(model().attributeHasFieldErrors("claimForm", "madeOn"))
			.andExpect(content().string(containsString("The date the claim was made cannot be in the future.")));
	}

	@Test
	void editsAClaimInPlaceOnTheArticlePage() throws Exception {
		Claim claim = fixtures.quote(article, actors.findBySlug("china").orElseThrow(), "We firmly oppose the smears,");

		mvc.perform(get("/admin/articles/" + article.getId() + "/claims/" + claim.getId() + "/edit").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Edit this claim")))
			.andExpect(content().string(containsString("value=\"China\"")));
		mvc.perform(editClaim(claim, claim.getVersion()).param("claimant", "United States").param("kind", "REPORTED_SPEECH")
			.param("text", "The spokesman opposed the smears"))
			.andExpect(redirectedUrl("/admin/articles/" + article.getId() + "#claim-" + claim.getId()));

		transactions.executeWithoutResult(tx -> {
			Claim edited = claims.findById(claim.getId()).orElseThrow();
			assertThat(edited.getClaimant().getSlug()).isEqualTo("united-states");
			assertThat(edited.getText()).isEqualTo("The spokesman opposed the smears");
		});
	}

	@Test
	void aStaleClaimEditShowsBothVersionsAndOverwritesNothing() throws Exception {
		Claim claim = fixtures.quote(article, actors.findBySlug("china").orElseThrow(), "We firmly oppose the smears,");
		mvc.perform(editClaim(claim, claim.getVersion()).param("claimant", "China").param("kind", "REPORTED_SPEECH")
			.param("text", "First editor's wording")).andExpect(status().isFound());

		mvc.perform(editClaim(claim, claim.getVersion()).param("claimant", "China").param("kind", "REPORTED_SPEECH")
			.param("text", "Second editor's wording"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this while you were editing")))
			.andExpect(content().string(containsString("First editor&#39;s wording")))
			.andExpect(content().string(containsString("Second editor&#39;s wording")));

		assertThat(claims.findById(claim.getId()).orElseThrow().getText()).isEqualTo("First editor's wording");
	}

	@Test
	void removesAClaimAfterConfirmingAndKeepsItInTheHistory() throws Exception {
		Claim claim = fixtures.quote(article, actors.findBySlug("china").orElseThrow(), "We firmly oppose the smears,");

		mvc.perform(get("/admin/articles/" + article.getId() + "/claims/" + claim.getId() + "/delete").with(editor()))
			.andExpect(content().string(containsString("Remove this claim?")));
		assertThat(claims.existsById(claim.getId())).isTrue();
		mvc.perform(post("/admin/articles/" + article.getId() + "/claims/" + claim.getId() + "/delete").with(editor())
			.with(csrf()).param("version", String.valueOf(claim.getVersion())))
			.andExpect(redirectedUrl("/admin/articles/" + article.getId()));

		assertThat(claims.existsById(claim.getId())).isFalse();
		mvc.perform(get("/admin/articles/" + article.getId()).with(editor()))
			.andExpect(content().string(containsString("No claims yet")));
	}

	@Test
	void aClaimOfAnotherArticleIsNotFoundUnderThisOne() throws Exception {
		Article other = fixtures.article("Other");
		Claim claim = fixtures.quote(other, actors.findBySlug("china").orElseThrow(), "Elsewhere");

		mvc.perform(get("/admin/articles/" + article.getId() + "/claims/" + claim.getId() + "/edit").with(editor()))
			.andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder addClaim() {
		return post("/admin/articles/" + article.getId() + "/claims").with(editor()).with(csrf());
	}

	private MockHttpServletRequestBuilder editClaim(Claim claim, long version) {
		return post("/admin/articles/" + article.getId() + "/claims/" + claim.getId()).with(editor()).with(csrf())
			.param("version", String.valueOf(version));
	}

	private static Claim only(List<Claim> claims) {
		assertThat(claims).hasSize(1);
		return claims.get(0);
	}

}
