package org.precursor.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.precursor.actor.ActorRepository;
import org.precursor.article.ArticleRepository;
import org.precursor.article.OutletRepository;
import org.precursor.claim.ClaimRepository;
import org.precursor.proposition.PropositionRepository;

@Controller
class HomeController {

	private final OutletRepository outlets;

	private final ArticleRepository articles;

	private final ActorRepository actors;

	private final ClaimRepository claims;

	private final PropositionRepository propositions;

	HomeController(OutletRepository outlets, ArticleRepository articles, ActorRepository actors,
			ClaimRepository claims, PropositionRepository propositions) {
		this.outlets = outlets;
		this.articles = articles;
		this.actors = actors;
		this.claims = claims;
		this.propositions = propositions;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("counts", new DatasetCounts(outlets.count(), articles.count(), actors.count(),
				claims.count(), propositions.count()));
		return "home";
	}

}
