package org.precursor.feed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Feeds", description = "Atom feeds of the claims most recently added, to follow in a feed reader")
class FeedController {

	static final String ATOM = "application/atom+xml;charset=UTF-8";

	private final ClaimFeeds feeds;

	FeedController(ClaimFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping(path = "/feed.atom", produces = ATOM)
	@Operation(summary = "The 50 claims most recently added")
	String everything() {
		return feeds.everything();
	}

	@GetMapping(path = "/feeds/actors/{slug}.atom", produces = ATOM)
	@Operation(summary = "The 50 claims most recently added that this actor made")
	String actor(@PathVariable String slug) {
		return feeds.ofActor(slug);
	}

	@GetMapping(path = "/feeds/propositions/{slug}.atom", produces = ATOM)
	@Operation(summary = "The 50 claims most recently added that take a side on this proposition")
	String proposition(@PathVariable String slug) {
		return feeds.onProposition(slug);
	}

	@GetMapping(path = "/feeds/outlets/{slug}.atom", produces = ATOM)
	@Operation(summary = "The 50 claims most recently added that this outlet published or originally reported")
	String outlet(@PathVariable String slug) {
		return feeds.ofOutlet(slug);
	}

}
