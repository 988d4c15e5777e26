package org.precursor.article;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

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
class OutletAdminControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private OutletRepository outlets;

	@Autowired
	private ApplicationContext context;

	@Test
	void addsAndEditsAnOutlet() throws Exception {
		String name = Fixtures.unique("South China Morning Post");
		mvc.perform(post("/admin/outlets").with(editor()).with(csrf()).param("name", name).param("kind", "NEWSPAPER")
			.param("country", "Hong Kong").param("homepage", "https://www.scmp.com"))
			.andExpect(status().isFound());
		Outlet saved = outlets.findByNameIgnoreCase(name).orElseThrow();

		mvc.perform(post("/admin/outlets/" + saved.getId()).with(editor()).with(csrf()).param("name", name)
			.param("kind", "NEWSPAPER").param("country", "China").param("version", String.valueOf(saved.getVersion())))
			.andExpect(status().isFound());

		assertThat(outlets.findById(saved.getId()).orElseThrow().getCountry()).isEqualTo("China");
		mvc.perform(get("/admin/outlets/" + saved.getId() + "/edit").with(editor()))
			.andExpect(content().string(containsString("Hong Kong")));
	}

	@Test
	void refusesAMissingNameATakenNameAndABadHomepage() throws Exception {
		mvc.perform(post("/admin/outlets").with(editor()).with(csrf()).param("name", "").param("kind", "BLOG")
			.param("homepage", "www.example.com"))
			.andExpect(model().attributeHasFieldErrors("outletForm", "name", "homepage"))
			.andExpect(content().string(containsString("Enter the outlet&#39;s name.")))
			.andExpect(content().string(containsString("value=\"www.example.com\"")));
		mvc.perform(post("/admin/outlets").with(editor()).with(csrf()).param("name", "reuters").param("kind", "BLOG"))
			.andExpect(content().string(containsString("There is already an outlet called “Reuters”.")));
	}

	@Test
	void anOutletWithArticlesCannotBeDeleted() throws Exception {
		Article article = Fixtures.in(context).article("Story");
		Outlet outlet = outlets.findById(article.getOutlet().getId()).orElseThrow();

		mvc.perform(post("/admin/outlets/" + outlet.getId() + "/delete").with(editor()).with(csrf())
			.param("version", String.valueOf(outlet.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("It cannot be deleted")));

		assertThat(outlets.existsById(outlet.getId())).isTrue();
	}

}
