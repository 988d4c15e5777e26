package org.precursor.actor;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import org.precursor.article.Article;
import org.precursor.claim.Claim;
import org.precursor.claim.ClaimRepository;
import org.precursor.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.precursor.support.AdminRequests.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Merging a duplicate actor into the one that survives, through the admin pages. */
@SpringBootTest
@AutoConfigureMockMvc
class MergingActorsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ActorRepository actors;

	@Autowired
	private ClaimRepository claims;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private ApplicationContext context;

	private Fixtures fixtures;

	private Actor survivor;

	private Actor duplicate;

	@BeforeEach
	void twoActorsForOneMinistry() {
		fixtures = Fixtures.in(context);
		survivor = fixtures.actor("Ministry of Foreign Affairs", ActorType.GOVERNMENT);
		duplicate = fixtures.actor("MFA", ActorType.GOVERNMENT);
		duplicate.replaceAliases(List.of("Foreign Ministry", "外交部"));
		duplicate = fixtures.save(duplicate);
	}

	@Test
	void movesClaimsSubjectsAndMembersToTheSurvivorAndKeepsTheDuplicatesNamesAsAliases() throws Exception {
		Article article = fixtures.article("Briefing");
		Claim made = fixtures.quote(article, duplicate, "We oppose the smears");
		Claim about = fixtures.quote(article, survivor, "The ministry spoke");
		transactions.executeWithoutResult(tx -> {
			Claim claim = claims.findById(about.getId()).orElseThrow();
			claim.concerning(List.of(actors.findById(duplicate.getId()).orElseThrow()));
		});
		Actor spokesman = fixtures.actor("Spokesman", ActorType.PERSON);
		spokesman.affiliateTo(duplicate, "Spokesperson");
		fixtures.save(spokesman);

		mvc.perform(get("/admin/actors/" + duplicate.getId() + "/merge").param("into", survivor.getName()).with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span>1</span> claim(s) made by")))
			.andExpect(content().string(containsString(spokesman.getName())));
		merge().andExpect(redirectedUrl("/admin/actors/" + survivor.getId() + "/edit"));

		assertThat(actors.findById(duplicate.getId())).isEmpty();
		transactions.executeWithoutResult(tx -> {
			assertThat(claims.findById(made.getId()).orElseThrow().getClaimant().getId()).isEqualTo(survivor.getId());
			assertThat(claims.findById(about.getId()).orElseThrow().getAbout()).extracting(Actor::getId)
				.containsExactly(survivor.getId());
			assertThat(actors.findById(spokesman.getId()).orElseThrow().getParent().getId()).isEqualTo(survivor.getId());
			assertThat(actors.findById(survivor.getId()).orElseThrow().getAliases())
				.contains(duplicate.getName(), "Foreign Ministry", "外交部");
		});
	}

	@Test
	void theOldSlugRedirectsToTheSurvivorAndIsNotGivenToANewActor() throws Exception {
		merge().andExpect(status().isFound());

		mvc.perform(get("/actors/" + duplicate.getSlug()))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/actors/" + survivor.getSlug()));
		assertThat(actors.isSlugTaken(duplicate.getSlug())).isTrue();
	}

	@Test
	void aLaterMergeCarriesEarlierRedirectsAlong() throws Exception {
		merge().andExpect(status().isFound());
		Actor finalSurvivor = fixtures.actor("Chinese Foreign Ministry", ActorType.GOVERNMENT);

		mvc.perform(post("/admin/actors/" + survivor.getId() + "/merge").with(editor()).with(csrf())
			.param("survivor", finalSurvivor.getId().toString())
			.param("duplicateVersion", String.valueOf(actors.findById(survivor.getId()).orElseThrow().getVersion()))
			.param("survivorVersion", String.valueOf(finalSurvivor.getVersion())))
			.andExpect(status().isFound());

		mvc.perform(get("/actors/" + duplicate.getSlug()))
			.andExpect(header().string("Location", "/actors/" + finalSurvivor.getSlug()));
	}

	@Test
	void refusesToMergeAnActorIntoItself() throws Exception {
		mvc.perform(get("/admin/actors/" + duplicate.getId() + "/merge").param("into", duplicate.getName()).with(editor()))
			.andExpect(content().string(containsString("An actor cannot be merged into itself")));
		mvc.perform(get("/admin/actors/" + duplicate.getId() + "/merge").param("into", "Nobody at all").with(editor()))
			.andExpect(content().string(containsString("No actor is called “Nobody at all”.")));

		assertThat(actors.existsById(duplicate.getId())).isTrue();
	}

	@Test
	void theMergeIsInTheHistoryWithTheDeletedDuplicateAndItsRedirect() throws Exception {
		merge().andExpect(status().isFound());

		mvc.perform(get("/admin/history").with(editor()))
			.andExpect(content().string(containsString("/actors/" + duplicate.getSlug())))
			.andExpect(content().string(containsString("<strong>Deleted</strong>")))
			.andExpect(content().string(containsString(duplicate.getName())));
		mvc.perform(get("/admin/actors/" + survivor.getId() + "/edit").with(editor()))
			.andExpect(content().string(containsString("Foreign Ministry")));
	}

	private org.springframework.test.web.servlet.ResultActions merge() throws Exception {
		return mvc.perform(post("/admin/actors/" + duplicate.getId() + "/merge").with(editor()).with(csrf())
			.param("survivor", survivor.getId().toString())
			.param("duplicateVersion", String.valueOf(actors.findById(duplicate.getId()).orElseThrow().getVersion()))
			.param("survivorVersion", String.valueOf(actors.findById(survivor.getId()).orElseThrow().getVersion())));
	}

}
