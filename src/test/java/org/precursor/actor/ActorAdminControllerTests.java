package org.precursor.actor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

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

/** Adding, editing and deleting actors through the admin forms. */
@SpringBootTest
@AutoConfigureMockMvc
class ActorAdminControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ActorRepository actors;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private ApplicationContext context;

	private Fixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = Fixtures.in(context);
	}

	@Test
	void addsAnActorWithAliasesAndAnAffiliationTypedByAlias() throws Exception {
		String name = Fixtures.unique("Mao Ning");

		mvc.perform(actorForm("/admin/actors", name).param("type", "PERSON").param("country", "China")
			.param("aliases", "毛宁\nSpokeswoman Mao").param("parent", "PRC").param("role", "Spokesperson"))
			.andExpect(status().isFound());

		transactions.executeWithoutResult(tx -> {
			Actor saved = actors.findByNameIgnoreCase(name).get(0);
			assertThat(saved.getAliases()).containsExactlyInAnyOrder("毛宁", "Spokeswoman Mao");
			assertThat(saved.getParent().getSlug()).isEqualTo("china");
			assertThat(saved.getRole()).isEqualTo("Spokesperson");
			assertThat(saved.getSlug()).isEqualTo(name.toLowerCase().replace(' ', '-'));
		});
	}

	@Test
	void refusesAMissingNameAndTypeKeepingTheRest() throws Exception {
		mvc.perform(actorForm("/admin/actors", " ").param("aliases", "Kept alias").param("description", "Kept text"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("actorForm", "name", "type"))
			.andExpect(content().string(containsString("Enter the actor&#39;s name.")))
			.andExpect(content().string(containsString("Choose what kind of actor this is.")))
			.andExpect(content().string(containsString("Kept alias</textarea>")));
	}

	@Test
	void refusesANameAnotherActorHasAndSuggestsMerging() throws Exception {
		mvc.perform(actorForm("/admin/actors", "China").param("type", "COUNTRY"))
			.andExpect(model().attributeHasFieldErrorCode("actorForm", "name", "taken"))
			.andExpect(content().string(containsString("If they are the same, merge the two instead.")));
	}

	@Test
	void refusesAnAffiliationThatGoesRoundInACircle() throws Exception {
		Actor body = fixtures.actor("Embassy", ActorType.GOVERNMENT);
		Actor person = fixtures.actor("Attaché", ActorType.PERSON);
		person.affiliateTo(body, "Attaché");
		fixtures.save(person);

		mvc.perform(actorForm("/admin/actors/" + body.getId(), body.getName()).param("type", "GOVERNMENT")
			.param("version", String.valueOf(actors.findById(body.getId()).orElseThrow().getVersion()))
			.param("parent", person.getName()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("actorForm", "parent", "circular"))
			.andExpect(content().string(containsString("would make the affiliation circular")));

		transactions.executeWithoutResult(tx -> assertThat(actors.findById(body.getId()).orElseThrow().getParent()).isNull());
	}

	@Test
	void anActorWhoMadeClaimsCannotBeDeletedOnlyMerged() throws Exception {
		Actor speaker = fixtures.actor("Speaker", ActorType.PERSON);
		fixtures.quote(fixtures.article("Story"), speaker, "Words");

		mvc.perform(get("/admin/actors/" + speaker.getId() + "/delete").with(editor()))
			.andExpect(content().string(containsString("cannot be deleted")))
			.andExpect(content().string(containsString("merge it into that actor")));
		mvc.perform(post("/admin/actors/" + speaker.getId() + "/delete").with(editor()).with(csrf())
			.param("version", String.valueOf(speaker.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Merge it into another actor instead.")));

		assertThat(actors.existsById(speaker.getId())).isTrue();
	}

	@Test
	void deletingAnActorTakesItOffTheClaimsAboutItAndFreesItsMembers() throws Exception {
		Actor subject = fixtures.actor("Subject", ActorType.ORGANIZATION);
		Actor member = fixtures.actor("Member", ActorType.PERSON);
		member.affiliateTo(subject, "Member");
		fixtures.save(member);
		var claim = fixtures.quote(fixtures.article("Story"), actors.findBySlug("china").orElseThrow(), "Words");
		transactions.executeWithoutResult(tx -> {
			var managed = context.getBean(org.precursor.claim.ClaimRepository.class).findById(claim.getId()).orElseThrow();
			managed.concerning(java.util.List.of(actors.findById(subject.getId()).orElseThrow()));
		});

		mvc.perform(get("/admin/actors/" + subject.getId() + "/delete").with(editor()))
			.andExpect(content().string(containsString("<span>1</span> claim(s) about it will no longer list it")))
			.andExpect(content().string(containsString(member.getName())));
		mvc.perform(post("/admin/actors/" + subject.getId() + "/delete").with(editor()).with(csrf())
			.param("version", String.valueOf(actors.findById(subject.getId()).orElseThrow().getVersion())))
			.andExpect(status().isFound());

		assertThat(actors.existsById(subject.getId())).isFalse();
		transactions.executeWithoutResult(tx -> {
			assertThat(actors.findById(member.getId()).orElseThrow().getParent()).isNull();
			assertThat(context.getBean(org.precursor.claim.ClaimRepository.class).findById(claim.getId()).orElseThrow()
				.getAbout()).isEmpty();
		});
	}

	@Test
	void findsActorsOnTheListByAlias() throws Exception {
		mvc.perform(get("/admin/actors").param("q", "PRC").with(editor()))
			.andExpect(content().string(containsString(">China</a>")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(">Mexico</a>"))));
	}

	private MockHttpServletRequestBuilder actorForm(String action, String name) {
		return post(action).with(editor()).with(csrf()).param("name", name);
	}

}
