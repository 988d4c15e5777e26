package org.precursor.api;

import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.precursor.claim.ClaimFilter;
import org.precursor.supplychain.ChainFilter;
import org.precursor.supplychain.SupplyChainJson;
import org.precursor.supplychain.SupplyChainLinks;

/**
 * The read API: every record a public page shows, as JSON, under the same identifiers as the pages. Lists are read
 * a page at a time ({@code page} from 1, {@code size} at most {@value ApiPaging#MAX_SIZE}).
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ReadApiController {

	private final ApiDocuments documents;

	private final SupplyChainLinks chain;

	ReadApiController(ApiDocuments documents, SupplyChainLinks chain) {
		this.documents = documents;
		this.chain = chain;
	}

	@GetMapping("/actors")
	ApiJson.Page<ApiJson.ActorSummary> actors(@RequestParam(required = false) String page,
			@RequestParam(required = false) String size) {
		return documents.actors(ApiPaging.of(page, size));
	}

	@GetMapping("/actors/{slug}")
	ApiJson.Actor actor(@PathVariable String slug) {
		return documents.actor(slug);
	}

	@GetMapping("/articles")
	ApiJson.Page<ApiJson.ArticleSummary> articles(@RequestParam(required = false) String page,
			@RequestParam(required = false) String size) {
		return documents.articles(ApiPaging.of(page, size));
	}

	@GetMapping("/articles/{id}")
	ApiJson.Article article(@PathVariable Long id) {
		return documents.article(id);
	}

	/** The claims list's filters, exactly as {@code /claims} takes them, plus {@code size}. */
	@GetMapping("/claims")
	ApiJson.Page<ApiJson.Claim> claims(@RequestParam MultiValueMap<String, String> params) {
		return documents.claims(ClaimFilter.parse(params), ApiPaging.of(params.getFirst("page"), params.getFirst("size")));
	}

	@GetMapping("/claims/{id}")
	ApiJson.Claim claim(@PathVariable Long id) {
		return documents.claim(id);
	}

	@GetMapping("/outlets")
	ApiJson.Page<ApiJson.Outlet> outlets(@RequestParam(required = false) String page,
			@RequestParam(required = false) String size) {
		return documents.outlets(ApiPaging.of(page, size));
	}

	@GetMapping("/outlets/{slug}")
	ApiJson.Outlet outlet(@PathVariable String slug) {
		return documents.outlet(slug);
	}

	@GetMapping("/propositions")
	ApiJson.Page<ApiJson.Proposition> propositions(@RequestParam(required = false) String page,
			@RequestParam(required = false) String size) {
		return documents.propositions(ApiPaging.of(page, size));
	}

	@GetMapping("/propositions/{slug}")
	ApiJson.Proposition proposition(@PathVariable String slug) {
		return documents.proposition(slug);
	}

	/** The supply-chain links in the shape of {@code /supply-chain.json}, with its filters. */
	@GetMapping("/supply-chain/links")
	SupplyChainJson.Document links(@ModelAttribute ChainFilter filter, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size) {
		ApiPaging paging = ApiPaging.of(page, size);
		return SupplyChainJson.of(chain.page(filter, paging.page(), paging.size()));
	}

}
