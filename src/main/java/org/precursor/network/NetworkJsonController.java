package org.precursor.network;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/** The data behind the network graph, for the graph script and for researchers. */
@RestController
class NetworkJsonController {

	private final ActorNetworks networks;

	NetworkJsonController(ActorNetworks networks) {
		this.networks = networks;
	}

	@GetMapping(path = "/network.json", produces = MediaType.APPLICATION_JSON_VALUE)
	NetworkJson.Document network(@ModelAttribute NetworkFilter filter) {
		return NetworkJson.of(networks.build(filter));
	}

}
