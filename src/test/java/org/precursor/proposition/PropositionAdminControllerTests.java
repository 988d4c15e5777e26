package org.precursor.proposition;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import org.precursor.actor.ActorRepository;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class PropositionAdminControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PropositionRepository propositions;

	@Autowired
	private ClaimRepository claims;

	@Autowired
	private ActorRepository actors;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private ApplicationContext context;

	@Test
	void addsAPropositionWithASlugFromItsText() throws Exception {
		String text = Fixtures.unique("Canada is a transit country for fentanyl");

		mvc.perform(post("/admin/propositions").with(editor()).with(csrf()).param("text", text)
			.param("description", "Contested by Ottawa"))
			.andExpect(status().isFound());

		Proposition saved = propositions.findByTextIgnoreCase(text).orElseThrow();
		assertThat(saved.getSlug()).startsWith("canada-is-a-transit-country-for-fentanyl-");
		assertThat(saved.getDescription()).isEqualTo("Contested by Ottawa");
	}

	@Test
	void refusesAnEmptyOrRepeatedProposition() throws Exception {
		mvc.perform(post("/admin/propositions").with(editor()).with(csrf()).param("text", "").param("description", "kept"))
			.andExpect(model().attributeHasFieldErrors("propositionForm", "text"))
			.andExpect(content().string(containsString("Enter the proposition")))
			.andExpect(content().string(containsString("kept</textarea>")));
		String existing = propositions.findAllByOrderByTextAsc().get(0).getText();
		mvc.perform(post("/admin/propositions").with(editor()).with(csrf()).param("text", existing.toUpperCase()))
			.andExpect(content().string(containsString("This proposition is already recorded.")));
	}

	@Test
	void editsAPropositionAndRefusesAStaleEdit() throws Exception {
		Proposition proposition = Fixtures.in(context).proposition("Tariffs work");
		String opened = String.valueOf(proposition.getVersion());
		mvc.perform(post("/admin/propositions/" + proposition.getId()).with(editor("alice")).with(csrf())
			.param("version", opened).param("text", proposition.getText() + " on China")).andExpect(status().isFound());

		mvc.perform(post("/admin/propositions/" + proposition.getId()).with(editor("bob")).with(csrf())
			.param("version", opened).param("text", "Tariffs never work"))
			.andExpect(content().string(containsString("Someone else saved this while you were editing")));

		assertThat(propositions.findById(proposition.getId()).orElseThrow().getText()).endsWith(" on China");
	}

	@Test
	void deletingAPropositionListsTheStancesThatGoAndKeepsTheClaims() throws Exception {
		Fixtures fixtures = Fixtures.in(context);
		Proposition proposition = fixtures.proposition("Doomed proposition");
		Claim claim = fixtures.quote(fixtures.article("Story"), actors.findBySlug("china").orElseThrow(), "Taking a side");
		transactions.executeWithoutResult(tx -> claims.findById(claim.getId()).orElseThrow()
			.takeStance(propositions.findById(proposition.getId()).orElseThrow(), Stance.DISPUTES));

		mvc.perform(get("/admin/propositions/" + proposition.getId() + "/delete").with(editor()))
			.andExpect(content().string(containsString("China: Taking a side")));
		mvc.perform(post("/admin/propositions/" + proposition.getId() + "/delete").with(editor()).with(csrf())
			.param("version", String.valueOf(proposition.getVersion())))
			.andExpect(status().isFound());

		assertThat(propositions.existsById(proposition.getId())).isFalse();
		transactions.executeWithoutResult(tx -> assertThat(claims.findById(claim.getId()).orElseThrow().getStances()).isEmpty());
	}

}
