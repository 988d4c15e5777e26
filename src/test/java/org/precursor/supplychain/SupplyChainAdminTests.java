package org.precursor.supplychain;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Editors add, correct and delete links through forms; each test's changes are rolled back. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SupplyChainAdminTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManager entities;

	@Test
	void sendsAnonymousVisitorsToSignIn() throws Exception {
		mvc.perform(get("/admin/supply-chain")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(post("/admin/supply-chain").with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(links()).isEqualTo(seededLinks());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void listsTheLinksForEditors() throws Exception {
		String page = html(get("/admin/supply-chain"));

		assertThat(page).contains("Add a link").contains("/admin/supply-chain/" + linkId("pill-presses-from-china")
				+ "/edit");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void addsALinkWithItsEvidence() throws Exception {
		mvc.perform(validForm(post("/admin/supply-chain")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/supply-chain/*/edit"));
		entities.flush();

		assertThat(links()).isEqualTo(seededLinks() + 1);
		assertThat(jdbc.queryForList("""
				select c.seed_key || ':' || e.role from supply_chain_evidence e join claim c on c.id = e.claim_id
				join supply_chain_link l on l.id = e.link_id join actor o on o.id = l.origin_id
				where o.slug = 'mexico' order by 1""", String.class))
			.containsExactly("dc-04:ASSERTS", "rt-123:DISPUTES");
		assertThat(jdbc.queryForObject("select channel from supply_chain_link_channel c join supply_chain_link l"
				+ " on l.id = c.link_id join actor o on o.id = l.origin_id where o.slug = 'mexico'", String.class))
			.isEqualTo("LAND_BORDER");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void showsEachProblemBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
		String page = html(post("/admin/supply-chain").with(csrf())
			.param("from", "china").param("to", "china").param("stage", "SOURCING")
			.param("period", "Since 2019").param("assertingClaims", ""));

		assertThat(page).contains("A link must end somewhere other than where it starts.")
			.contains("Choose what moves along the link.")
			.contains("Cite at least one claim that asserts this link.")
			.contains("value=\"Since 2019\"")
			.containsPattern("<option value=\"china\"\\s+selected=\"selected\">");
		assertThat(page.indexOf("id=\"to-error\"")).isLessThan(page.indexOf("A link must end somewhere"));
		assertThat(links()).isEqualTo(seededLinks());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void refusesUnknownClaimsAndAClaimCitedOnBothSides() throws Exception {
		String page = html(validForm(post("/admin/supply-chain"))
			.param("assertingClaims", "dc-04, zz-999")
			.param("disputingClaims", "dc-04"));

		assertThat(page).contains("No claim has the key or number zz-999.")
			.contains("A claim cannot both assert and dispute the link: dc-04.");
		assertThat(links()).isEqualTo(seededLinks());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editsALinkItsFormShowsWithTheCitedClaims() throws Exception {
		long id = linkId("pill-presses-from-china");
		assertThat(html(get("/admin/supply-chain/" + id + "/edit"))).contains("value=\"dc-14\"");

		mvc.perform(post("/admin/supply-chain/" + id).with(csrf())
			.param("from", "china").param("to", "mexican-cartels").param("moves", "PILL_PRESSES")
			.param("stage", "TRAFFICKING").param("assertingClaims", "dc-14 rt-007").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		entities.flush();

		assertThat(jdbc.queryForObject("select d.slug from supply_chain_link l join actor d"
				+ " on d.id = l.destination_id where l.id = ?", String.class, id)).isEqualTo("mexican-cartels");
		assertThat(jdbc.queryForObject("select count(*) from supply_chain_evidence where link_id = ?", Long.class, id))
			.isEqualTo(2);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void refusesAnEditMadeOnAStaleCopy() throws Exception {
		long id = linkId("pill-presses-from-china");

		String page = html(post("/admin/supply-chain/" + id).with(csrf())
			.param("from", "china").param("to", "mexican-cartels").param("moves", "PILL_PRESSES")
			.param("stage", "TRAFFICKING").param("assertingClaims", "dc-14").param("version", "7"));

		assertThat(page).contains("Someone else saved this while you were editing").contains("Your version (not saved)");
		assertThat(jdbc.queryForObject("select d.slug from supply_chain_link l join actor d"
				+ " on d.id = l.destination_id where l.id = ?", String.class, id)).isEqualTo("united-states");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void refusesASaveWithoutTheVersionItsFormWasOpenedOn() throws Exception {
		long id = linkId("pill-presses-from-china");

		String page = html(post("/admin/supply-chain/" + id).with(csrf())
			.param("from", "china").param("to", "mexican-cartels").param("moves", "PILL_PRESSES")
			.param("stage", "TRAFFICKING").param("assertingClaims", "dc-14"));

		assertThat(page).contains("Someone else saved this while you were editing").contains("value=\"mexican-cartels\"");
		assertThat(destination(id)).isEqualTo("united-states");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void offersToDeleteALinkFromItsPageAndAsksToConfirm() throws Exception {
		long id = linkId("pill-presses-from-china");
		assertThat(html(get("/admin/supply-chain/" + id + "/edit"))).contains("/admin/supply-chain/" + id + "/delete")
			.contains("Delete link…");

		String confirmation = html(get("/admin/supply-chain/" + id + "/delete"));

		assertThat(confirmation).contains("Delete this supply-chain link?").contains("Pill presses")
			.contains("name=\"version\" value=\"0\"").contains("name=\"_csrf\"")
			.contains("action=\"/admin/supply-chain/" + id + "/delete\"");
		assertThat(links()).isEqualTo(seededLinks());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void deletesALinkWithItsCitationsAndKeepsTheClaims() throws Exception {
		long id = linkId("pill-presses-from-china");
		long claims = jdbc.queryForObject("select count(*) from claim", Long.class);

		mvc.perform(post("/admin/supply-chain/" + id + "/delete").with(csrf()).param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/supply-chain"))
			.andExpect(flash().attribute("message", "Link deleted. The claims it cited stay."));
		entities.flush();

		assertThat(jdbc.queryForObject("select count(*) from supply_chain_link where id = ?", Long.class, id)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from supply_chain_evidence where link_id = ?", Long.class, id))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from claim", Long.class)).isEqualTo(claims);
		mvc.perform(get("/admin/supply-chain/" + id + "/edit")).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void keepsALinkWhoseDeletionWasConfirmedOnAnOlderVersionOrWithoutOne() throws Exception {
		long id = linkId("pill-presses-from-china");

		for (MockHttpServletRequestBuilder stale : List.of(
				post("/admin/supply-chain/" + id + "/delete").with(csrf()).param("version", "3"),
				post("/admin/supply-chain/" + id + "/delete").with(csrf()))) {
			assertThat(html(stale)).contains("The link was changed since you opened this page, so nothing was deleted.")
				.contains("name=\"version\" value=\"0\"");
		}
		entities.flush();

		assertThat(jdbc.queryForObject("select count(*) from supply_chain_link where id = ?", Long.class, id)).isOne();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void refusesADeletionPostedWithoutItsCsrfToken() throws Exception {
		long id = linkId("pill-presses-from-china");

		mvc.perform(post("/admin/supply-chain/" + id + "/delete").param("version", "0"))
			.andExpect(status().isForbidden());

		assertThat(jdbc.queryForObject("select count(*) from supply_chain_link where id = ?", Long.class, id)).isOne();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void refusesAFormPostedWithoutItsCsrfToken() throws Exception {
		mvc.perform(post("/admin/supply-chain").param("from", "mexico")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void answersAnUnknownLinkWithNotFound() throws Exception {
		mvc.perform(get("/admin/supply-chain/999999/edit")).andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder validForm(MockHttpServletRequestBuilder request) {
		return request.with(csrf())
			.param("from", "mexico").param("to", "us-southern-border")
			.param("moves", "FENTANYL").param("stage", "TRAFFICKING").param("channels", "LAND_BORDER")
			.param("assertingClaims", "dc-04").param("disputingClaims", "rt-123");
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String destination(long id) {
		return jdbc.queryForObject("select d.slug from supply_chain_link l join actor d on d.id = l.destination_id"
				+ " where l.id = ?", String.class, id);
	}

	private long links() {
		return jdbc.queryForObject("select count(*) from supply_chain_link", Long.class);
	}

	private long seededLinks() {
		return jdbc.queryForObject("select count(*) from supply_chain_link where seed_key is not null", Long.class);
	}

	private long linkId(String seedKey) {
		return jdbc.queryForObject("select id from supply_chain_link where seed_key = ?", Long.class, seedKey);
	}

}
