package org.precursor.admin;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.precursor.actor.ActorRepository;
import org.precursor.article.ArticleRepository;
import org.precursor.article.OutletRepository;
import org.precursor.claim.ClaimRepository;
import org.precursor.history.History;
import org.precursor.proposition.PropositionRepository;
import org.precursor.home.DatasetCounts;

/** The admin home: what the map holds, where to add to it, and the latest changes. */
@Controller
class DashboardController {

	private final OutletRepository outlets;

	private final ArticleRepository articles;

	private final ActorRepository actors;

	private final ClaimRepository claims;

	private final PropositionRepository propositions;

	private final History history;

	DashboardController(OutletRepository outlets, ArticleRepository articles, ActorRepository actors,
			ClaimRepository claims, PropositionRepository propositions, History history) {
		this.outlets = outlets;
		this.articles = articles;
		this.actors = actors;
		this.claims = claims;
		this.propositions = propositions;
		this.history = history;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		model.addAttribute("counts", new DatasetCounts(outlets.count(), articles.count(), actors.count(),
				claims.count(), propositions.count()));
		model.addAttribute("revisions", history.recent(PageRequest.of(0, 5)).getContent());
		return "admin/dashboard";
	}

}
