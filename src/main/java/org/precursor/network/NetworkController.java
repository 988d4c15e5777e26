package org.precursor.network;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import org.precursor.article.OutletRepository;
import org.precursor.proposition.PropositionRepository;

@Controller
class NetworkController {

	/** How many actors the "Centred on" choice offers, most active first. */
	private static final int CENTRES = 60;

	private static final List<Integer> SIZES = List.of(6, NetworkFilter.DEFAULT_SIZE, 20, 30, ActorNetworks.NODE_LIMIT - 1);

	private final ActorNetworks networks;

	private final PropositionRepository propositions;

	private final OutletRepository outlets;

	NetworkController(ActorNetworks networks, PropositionRepository propositions, OutletRepository outlets) {
		this.networks = networks;
		this.propositions = propositions;
		this.outlets = outlets;
	}

	/**
	 * The network centred on the chosen actor, by default the most active one; {@code actor=} left blank, or a
	 * proposition without an actor, shows the most active actors together.
	 */
	@GetMapping("/network")
	String network(@ModelAttribute NetworkFilter chosen, @RequestParam(name = "actor", required = false) String actor,
			Model model) {
		NetworkFilter filter = actor == null && chosen.proposition() == null
				? networks.mostActive(chosen).map(chosen::centredOn).orElse(chosen) : chosen;
		model.addAttribute("filter", filter);
		model.addAttribute("network", networks.build(filter));
		model.addAttribute("centres", networks.mostActiveActors(filter, CENTRES));
		model.addAttribute("sizes", SIZES);
		model.addAttribute("propositions", propositions.findAllByOrderByTextAsc());
		model.addAttribute("outlets", outlets.findAllByOrderByNameAsc());
		model.addAttribute("connections", NetworkFilter.Connections.values());
		return "network/graph";
	}

}
