package org.precursor.supplychain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRepository;
import org.precursor.web.NotFoundException;

@Controller
class SupplyChainController {

	private final SupplyChainLinks chain;

	private final ActorRepository actors;

	private final PlaceCoordinates places;

	SupplyChainController(SupplyChainLinks chain, ActorRepository actors, PlaceCoordinates places) {
		this.chain = chain;
		this.actors = actors;
		this.places = places;
	}

	/** The chain by stage: actors and places in columns from sourcing to laundering. */
	@GetMapping("/supply-chain")
	String stages(@ModelAttribute("filter") ChainFilter filter, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + SupplyChainLinks.DEFAULT_PAGE_SIZE) int size, Model model) {
		return view("/supply-chain", filter, page, size, model);
	}

	/** The same links on a map of the world, each end where {@link PlaceCoordinates} puts it. */
	@GetMapping("/supply-chain/map")
	String map(@ModelAttribute("filter") ChainFilter filter, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + SupplyChainLinks.DEFAULT_PAGE_SIZE) int size, Model model) {
		return view("/supply-chain/map", filter, page, size, model);
	}

	private String view(String path, ChainFilter filter, int page, int size, Model model) {
		ChainPage links = chain.page(filter, page, size);
		model.addAttribute("view", path);
		model.addAttribute("chain", links);
		model.addAttribute("options", chain.options());
		model.addAttribute("commodities", Commodity.values());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("unplaced", links.links().stream()
			.flatMap(link -> Stream.of(link.from(), link.to()))
			.filter(end -> places.of(end).isEmpty())
			.map(ActorRef::name)
			.distinct()
			.toList());
		return "supplychain/map";
	}

	/** A link's evidence: a whole page, or only the evidence panel when htmx asks for it from the map. */
	@GetMapping("/supply-chain/links/{id}")
	String link(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		model.addAttribute("link", chain.link(id));
		return htmx != null ? "supplychain/link :: evidence" : "supplychain/link";
	}

	@GetMapping("/supply-chain/actors/{slug}")
	String actor(@PathVariable String slug, Model model) {
		Actor actor = actors.findBySlug(slug).orElseThrow(() -> NotFoundException.of("actor", slug));
		model.addAttribute("actorLinks", chain.forActor(actor));
		return "supplychain/actor";
	}

	@GetMapping("/supply-chain/compare")
	String compare(@RequestParam(required = false) String left, @RequestParam(required = false) String right,
			Model model) {
		model.addAttribute("options", chain.options());
		Map<String, String> chosen = new HashMap<>();
		chosen.put("left", left);
		chosen.put("right", right);
		List<Perspective> perspectives = left == null && right == null ? chain.defaultPerspectives()
				: isBlank(left) || isBlank(right) ? List.of()
						: List.of(chain.perspective(left), chain.perspective(right));
		if (perspectives.size() == 2) {
			model.addAttribute("comparison", chain.compare(perspectives.get(0), perspectives.get(1)));
			chosen.put("left", perspectives.get(0).token());
			chosen.put("right", perspectives.get(1).token());
		}
		model.addAttribute("chosen", chosen);
		return "supplychain/compare";
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
