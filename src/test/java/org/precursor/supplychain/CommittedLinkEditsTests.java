package org.precursor.supplychain;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import org.precursor.actor.ActorRepository;
import org.precursor.claim.ClaimRepository;
import org.precursor.history.ChangeKind;
import org.precursor.history.History;
import org.precursor.history.RecordChange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precursor.support.AdminRequests.editor;
import static org.precursor.support.TestData.aLink;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Link edits that must commit to show what they do: the history Envers writes at commit, and two editors saving the
 * same link at the same moment. Each test works on a link of its own and deletes it afterwards.
 */
@SpringBootTest
class CommittedLinkEditsTests {

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private SupplyChainLinkRepository links;

	@Autowired
	private ActorRepository actors;

	@Autowired
	private ClaimRepository claims;

	@Autowired
	private History history;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcTemplate jdbc;

	private MockMvc mvc;

	private long linkId;

	@BeforeEach
	void addALinkOfOurOwn() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		linkId = transactions.execute(tx -> links.save(aLink(actors.findBySlug("mexico").orElseThrow(),
				actors.findBySlug("united-states").orElseThrow(), Commodity.MONEY, Stage.LAUNDERING,
				claims.findBySeedKey("dc-04").orElseThrow())).getId());
	}

	@AfterEach
	void removeIt() {
		jdbc.update("delete from supply_chain_link where id = ?", linkId);
	}

	@Test
	void aDeletedLinkKeepsItsHistoryWithWhoDeletedIt() throws Exception {
		MockHttpServletResponse response = mvc.perform(post("/admin/supply-chain/" + linkId + "/delete")
			.with(editor("dana")).with(csrf()).param("version", "0")).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(links.existsById(linkId)).isFalse();
		List<RecordChange> changes = history.of(SupplyChainLink.class, linkId);
		assertThat(changes).extracting(RecordChange::kind).containsExactly(ChangeKind.DELETED, ChangeKind.CREATED);
		assertThat(changes.get(0).username()).isEqualTo("dana");
	}

	@Test
	void ofTwoEditorsSavingTheSameLinkAtOnceOneIsShownBothVersions() throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		List<Callable<MockHttpServletResponse>> editors = new ArrayList<>();
		for (String period : List.of("Since 2019", "Since 2021")) {
			MockHttpServletRequestBuilder save = post("/admin/supply-chain/" + linkId).with(editor()).with(csrf())
				.param("from", "mexico").param("to", "united-states").param("moves", "MONEY")
				.param("stage", "LAUNDERING").param("assertingClaims", "dc-04").param("period", period)
				.param("version", "0");
			editors.add(() -> {
				start.await();
				return mvc.perform(save).andReturn().getResponse();
			});
		}

		List<Integer> statuses = new ArrayList<>();
		List<String> pages = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (Future<MockHttpServletResponse> response : pool.invokeAll(editors)) {
				statuses.add(response.get().getStatus());
				pages.add(response.get().getContentAsString());
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(statuses).containsExactlyInAnyOrder(302, 200);
		assertThat(pages.get(statuses.indexOf(200))).contains("Someone else saved this while you were editing");
		assertThat(links.findById(linkId).orElseThrow().getVersion()).isOne();
	}

}
