package org.precursor.network;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.precursor.article.OutletRepository;
import org.precursor.proposition.PropositionRepository;

@Controller
class NetworkController {

	private final ActorNetworks networks;

	private final PropositionRepository propositions;

	private final OutletRepository outlets;

	NetworkController(ActorNetworks networks, PropositionRepository propositions, OutletRepository outlets) {
		this.networks = networks;
		this.propositions = propositions;
		this.outlets = outlets;
	}

	@GetMapping("/network")
	String network(@ModelAttribute("filter") NetworkFilter filter, Model model) {
		model.addAttribute("network", networks.build(filter));
		model.addAttribute("propositions", propositions.findAllByOrderByTextAsc());
		model.addAttribute("outlets", outlets.findAllByOrderByNameAsc());
		model.addAttribute("connections", NetworkFilter.Connections.values());
		return "network/graph";
	}

}
