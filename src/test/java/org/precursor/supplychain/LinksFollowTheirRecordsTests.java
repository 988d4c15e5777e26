package org.precursor.supplychain;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRepository;
import org.precursor.actor.ActorType;
import org.precursor.article.Article;
import org.precursor.article.ArticleRepository;
import org.precursor.claim.Claim;
import org.precursor.claim.ClaimRepository;
import org.precursor.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.precursor.support.AdminRequests.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Supply-chain links stay sound when an editor merges or deletes the actors and claims they rest on. */
@SpringBootTest
@AutoConfigureMockMvc
class LinksFollowTheirRecordsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SupplyChainLinkRepository links;

	@Autowired
	private ActorRepository actors;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private ClaimRepository claims;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private ApplicationContext context;

	private Fixtures fixtures;

	private Actor factory;

	private Actor port;

	private Article article;

	private Claim claim;

	private Long linkId;

	@BeforeEach
	void aLinkFromAFactoryToAPort() {
		fixtures = Fixtures.in(context);
		factory = fixtures.actor("Chemical factory", ActorType.COMPANY);
		port = fixtures.actor("Port", ActorType.PLACE);
		article = fixtures.article("Shipments");
		claim = fixtures.quote(article, factory, "We ship to the port");
		linkId = transactions.execute(tx -> {
			SupplyChainLink link = new SupplyChainLink(actors.findById(factory.getId()).orElseThrow(),
					actors.findById(port.getId()).orElseThrow(), Commodity.values()[0], Stage.values()[0]);
			link.citeEvidence(List.of(claims.findById(claim.getId()).orElseThrow()), List.of());
			return links.save(link).getId();
		});
	}

	@Test
	void aMergedActorsLinksMoveToTheSurvivor() throws Exception {
		Actor survivor = fixtures.actor("Chemical company", ActorType.COMPANY);

		mvc.perform(post("/admin/actors/" + factory.getId() + "/merge").with(editor()).with(csrf())
			.param("survivor", survivor.getId().toString())
			.param("duplicateVersion", String.valueOf(version(factory)))
			.param("survivorVersion", String.valueOf(version(survivor))))
			.andExpect(status().is3xxRedirection());

		assertThat(originOfTheLink()).isEqualTo(survivor.getId());
	}

	@Test
	void mergingTheTwoEndsOfALinkIsRefusedAndChangesNothing() throws Exception {
		mvc.perform(post("/admin/actors/" + port.getId() + "/merge").with(editor()).with(csrf())
			.param("survivor", factory.getId().toString())
			.param("duplicateVersion", String.valueOf(version(port)))
			.param("survivorVersion", String.valueOf(version(factory))))
			.andExpect(content().string(containsString("would start and end at")))
			.andExpect(content().string(containsString(whereToDeleteTheLink())));

		assertThat(actors.findById(port.getId())).isPresent();
		assertThat(originOfTheLink()).isEqualTo(factory.getId());
	}

	@Test
	void deletingAnActorAtTheEndOfALinkIsRefusedWithWhatToDoFirst() throws Exception {
		mvc.perform(post("/admin/actors/" + port.getId() + "/delete").with(editor()).with(csrf())
			.param("version", String.valueOf(version(port))))
			.andExpect(content().string(containsString("is an end of 1 supply-chain link(s)")))
			.andExpect(content().string(containsString(whereToDeleteTheLink())));

		assertThat(actors.findById(port.getId())).isPresent();
	}

	@Test
	void deletingTheArticleOfALinksOnlyAssertingClaimIsRefusedAndKeepsEverything() throws Exception {
		mvc.perform(post("/admin/articles/" + article.getId() + "/delete").with(editor()).with(csrf())
			.param("version", String.valueOf(articles.findById(article.getId()).orElseThrow().getVersion())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("rests only on the claims being removed")))
			.andExpect(content().string(containsString(whereToDeleteTheLink())));

		assertThat(articles.findById(article.getId())).isPresent();
		assertThat(links.findById(linkId)).isPresent();
	}

	@Test
	void removingADisputingClaimTakesItOffTheLink() throws Exception {
		Article rebuttal = fixtures.article("Denial");
		Claim denial = fixtures.quote(rebuttal, port, "Nothing arrives here");
		transactions.executeWithoutResult(tx -> {
			SupplyChainLink link = links.findById(linkId).orElseThrow();
			link.citeEvidence(link.claims(EvidenceRole.ASSERTS),
					List.of(claims.findById(denial.getId()).orElseThrow()));
		});

		mvc.perform(post("/admin/articles/" + rebuttal.getId() + "/delete").with(editor()).with(csrf())
			.param("version", String.valueOf(articles.findById(rebuttal.getId()).orElseThrow().getVersion())))
			.andExpect(status().is3xxRedirection());

		List<Claim> disputing = transactions.execute(tx -> links.findById(linkId).orElseThrow().claims(EvidenceRole.DISPUTES));
		assertThat(disputing).isEmpty();
	}

	/** The refusals point to the page where the link can be deleted, and to its button. */
	private String whereToDeleteTheLink() {
		return "/admin/supply-chain/" + linkId + "/edit and choose “Delete link…”";
	}

	private Long originOfTheLink() {
		return transactions.execute(tx -> links.findById(linkId).orElseThrow().getOrigin().getId());
	}

	private long version(Actor actor) {
		return actors.findById(actor.getId()).orElseThrow().getVersion();
	}

}
