package org.precursor.claim;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.precursor.history.History;
import org.precursor.web.NotFoundException;
import org.precursor.web.StaleEdits;

/**
 * An article's admin page, where its claims are added, edited and removed one after another without leaving
 * the article. Editing a claim shows its form in place of the "add a claim" form.
 */
@Controller
@RequestMapping("/admin")
class ClaimAdminController {

	private final ArticleWorkspace workspace;

	private final RecordingClaim recording;

	private final ClaimRepository claims;

	private final History history;

	private final RemovingClaims removing;

	private final ArticleAdminPage page;

	ClaimAdminController(ArticleWorkspace workspace, RecordingClaim recording, ClaimRepository claims,
			RemovingClaims removing, History history, ArticleAdminPage page) {
		this.workspace = workspace;
		this.recording = recording;
		this.claims = claims;
		this.removing = removing;
		this.history = history;
		this.page = page;
	}

	@GetMapping("/articles/{articleId}")
	String show(@PathVariable Long articleId, Model model) {
		model.addAttribute("claimForm", new ClaimForm());
		return page(articleId, null, model);
	}

	@PostMapping("/articles/{articleId}/claims")
	String add(@PathVariable Long articleId, @Valid ClaimForm claimForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors() && recording.add(articleId, claimForm, result).isPresent()) {
			redirect.addFlashAttribute("saved", "Claim added. Add the next one below.");
			return "redirect:/admin/articles/" + articleId + "#new-claim";
		}
		return page(articleId, null, model);
	}

	@GetMapping("/articles/{articleId}/claims/{claimId}/edit")
	String edit(@PathVariable Long articleId, @PathVariable Long claimId, Model model) {
		model.addAttribute("claimForm", workspace.formFor(articleId, claimId));
		return page(articleId, claimId, model);
	}

	@PostMapping("/articles/{articleId}/claims/{claimId}")
	String update(@PathVariable Long articleId, @PathVariable Long claimId, @Valid ClaimForm claimForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return StaleEdits.attempt(() -> {
			if (!result.hasErrors() && recording.update(articleId, claimId, claimForm, result).isPresent()) {
				redirect.addFlashAttribute("saved", "Claim saved.");
				return "redirect:/admin/articles/" + articleId + "#claim-" + claimId;
			}
			return page(articleId, claimId, model);
		}, () -> {
			model.addAttribute("conflict", history.conflict(Claim.class, claimId,
					claimForm.describeTyped(workspace.propositionTexts()), workspace.describe(articleId, claimId)));
			claimForm.setVersion(workspace.version(articleId, claimId));
			return page(articleId, claimId, model);
		});
	}

	@GetMapping("/articles/{articleId}/claims/{claimId}/delete")
	String confirmRemove(@PathVariable Long articleId, @PathVariable Long claimId, Model model) {
		model.addAttribute("claimForm", workspace.formFor(articleId, claimId));
		model.addAttribute("removing", true);
		return page(articleId, claimId, model);
	}

	@PostMapping("/articles/{articleId}/claims/{claimId}/delete")
	String remove(@PathVariable Long articleId, @PathVariable Long claimId, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		if (version == null || version != workspace.version(articleId, claimId)) {
			redirect.addFlashAttribute("saved", "The claim was changed since you asked to remove it, so it was kept. Check it and try again.");
			return "redirect:/admin/articles/" + articleId + "/claims/" + claimId + "/delete";
		}
		removing.removeById(claimId);
		redirect.addFlashAttribute("saved", "Claim removed.");
		return "redirect:/admin/articles/" + articleId;
	}

	/** Where the history links a claim: its form on its article's page. */
	@GetMapping("/claims/{claimId}")
	String claim(@PathVariable Long claimId) {
		Claim claim = claims.findById(claimId).orElseThrow(() -> NotFoundException.byId("claim", claimId));
		return "redirect:/admin/articles/" + claim.getArticle().getId() + "/claims/" + claimId + "/edit";
	}

	private String page(Long articleId, Long claimId, Model model) {
		return page.show(articleId, claimId, model);
	}

}
