package org.precursor.supplychain;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The data behind the supply-chain diagram, for the diagram script and for researchers. */
@RestController
class SupplyChainJsonController {

	private final SupplyChainLinks chain;

	private final PlaceCoordinates places;

	SupplyChainJsonController(SupplyChainLinks chain, PlaceCoordinates places) {
		this.chain = chain;
		this.places = places;
	}

	@GetMapping(path = "/supply-chain.json", produces = MediaType.APPLICATION_JSON_VALUE)
	SupplyChainJson.Document chain(@ModelAttribute ChainFilter filter, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + SupplyChainLinks.DEFAULT_PAGE_SIZE) int size) {
		return SupplyChainJson.of(chain.page(filter, page, size), places);
	}

}
