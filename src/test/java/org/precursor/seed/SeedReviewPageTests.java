package org.precursor.seed;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.precursor.support.AdminRequests.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The page that lists what a seed dataset upgrade left for an editor: signed in only, each entry dismissable. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SeedReviewPageTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SeedReview review;

	@Test
	void asksStrangersToSignIn() throws Exception {
		mvc.perform(get("/admin/seed-review")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void listsWhatTheDatasetLeftForReviewAndMarksItReviewed() throws Exception {
		review.list("precursor-seed", 2, SeedReview.Reason.EDITED, "claim", "rt-<b>007</b>", "/claims/7",
				"An editor changed this claim; the dataset's correction was not applied.");

		mvc.perform(get("/admin/seed-review").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kept as an editor saved it")))
			.andExpect(content().string(containsString("rt-&lt;b&gt;007&lt;/b&gt;")))
			.andExpect(content().string(containsString("href=\"/claims/7\"")));
		long id = review.items().get(0).id();

		mvc.perform(post("/admin/seed-review/" + id + "/dismiss").with(editor()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/seed-review/" + id + "/dismiss").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/seed-review"));

		assertThat(review.items()).noneMatch(item -> item.id() == id);
	}

}
