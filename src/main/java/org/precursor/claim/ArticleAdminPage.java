package org.precursor.claim;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.precursor.actor.ActorNames;
import org.precursor.actor.ActorType;
import org.precursor.article.Article;
import org.precursor.history.History;

/**
 * The article's admin page as every form on it is shown again: its claims, the claim form (for adding or for
 * editing one claim), the claims proposed from its text, and the choices the forms offer.
 */
@Component
class ArticleAdminPage {

	static final String VIEW = "admin/articles/show";

	private final ArticleWorkspace workspace;

	private final ActorNames actorNames;

	private final History history;

	ArticleAdminPage(ArticleWorkspace workspace, ActorNames actorNames, History history) {
		this.workspace = workspace;
		this.actorNames = actorNames;
		this.history = history;
	}

	/** The page with the claim {@code claimId} open for editing, or the form for adding one when it is null. */
	String show(Long articleId, Long claimId, Model model) {
		Article article = workspace.article(articleId);
		model.addAttribute("article", article);
		model.addAttribute("claims", workspace.claims(article));
		model.addAttribute("editingClaimId", claimId);
		if (!model.containsAttribute("removing")) {
			model.addAttribute("removing", false);
		}
		if (!model.containsAttribute("claimForm")) {
			model.addAttribute("claimForm", new ClaimForm());
		}
		if (!model.containsAttribute("proposingForm")) {
			ProposingForm proposing = new ProposingForm();
			proposing.setArticleText(article.getBody());
			model.addAttribute("proposingForm", proposing);
		}
		if (!model.containsAttribute("proposalReview")) {
			model.addAttribute("proposalReview", new ProposalReview());
		}
		model.addAttribute("blankProposal", new ProposalRow());
		model.addAttribute("claimKinds", ClaimKind.values());
		model.addAttribute("actorTypes", ActorType.values());
		model.addAttribute("actorChoices", actorNames.choices());
		model.addAttribute("propositions", workspace.propositions());
		model.addAttribute("articleHistory", history.of(Article.class, articleId));
		model.addAttribute("claimHistory", claimId == null ? List.of() : history.of(Claim.class, claimId));
		return VIEW;
	}

}
