package org.precursor.api;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.precursor.actor.ActorRedirectRepository;
import org.precursor.claim.ClaimFilter;
import org.precursor.supplychain.ChainFilter;
import org.precursor.supplychain.PlaceCoordinates;
import org.precursor.supplychain.SupplyChainJson;
import org.precursor.supplychain.SupplyChainLinks;
import org.precursor.web.NotFoundException;

/**
 * The read API: every record a public page shows, as JSON, under the same identifiers as the pages. Lists are read
 * a page at a time ({@code page} from 1, {@code size} at most {@value ApiPaging#MAX_SIZE}).
 */
@RestController
@Tag(name = "Read API", description = "Every record a public page shows, under the same identifiers")
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ReadApiController {

	private final ApiDocuments documents;

	private final SupplyChainLinks chain;

	private final ActorRedirectRepository redirects;

	private final PlaceCoordinates places;

	ReadApiController(ApiDocuments documents, SupplyChainLinks chain, ActorRedirectRepository redirects,
			PlaceCoordinates places) {
		this.places = places;
		this.documents = documents;
		this.chain = chain;
		this.redirects = redirects;
	}

	@GetMapping("/actors")
	@Operation(summary = "Actors by name, a page at a time")
	ApiJson.Page<ApiJson.ActorSummary> actors(@RequestParam(required = false) String page,
			@RequestParam(required = false) String size) {
		return documents.actors(ApiPaging.of(page, size));
	}

	/** The slug of an actor merged into another answers with a permanent redirect to the survivor, as its page does. */
	@GetMapping("/actors/{slug}")
	@Operation(summary = "One actor, by the slug of its page")
	ResponseEntity<ApiJson.Actor> actor(@PathVariable String slug) {
		try {
			return ResponseEntity.ok(documents.actor(slug));
		}
		catch (NotFoundException missing) {
			String survivor = redirects.findCurrentSlug(slug).orElseThrow(() -> missing);
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(URI.create("/api/actors/" + survivor))
				.build();
		}
	}

	@GetMapping("/articles")
	@Operation(summary = "Articles, newest first, a page at a time")
	ApiJson.Page<ApiJson.ArticleSummary> articles(@RequestParam(required = false) String page,
			@RequestParam(required = false) String size) {
		return documents.articles(ApiPaging.of(page, size));
	}

	@GetMapping("/articles/{id}")
	@Operation(summary = "One article with its claims in reading order")
	ApiJson.Article article(@PathVariable Long id) {
		return documents.article(id);
	}

	/** The claims list's filters, exactly as {@code /claims} takes them, plus {@code size}. */
	@GetMapping("/claims")
	@Operation(summary = "Claims matching the claims list's filters, newest first, a page at a time")
	@Parameter(name = "outlet", in = ParameterIn.QUERY, array = @ArraySchema(schema = @Schema(type = "string")),
			description = "Outlet slug, repeatable: the outlet that published or originally reported the article")
	@Parameter(name = "claimant", in = ParameterIn.QUERY, description = "Actor slug of the claimant")
	@Parameter(name = "rollup", in = ParameterIn.QUERY, schema = @Schema(type = "boolean"),
			description = "true: include the claims of everyone affiliated to the claimant")
	@Parameter(name = "about", in = ParameterIn.QUERY, description = "Actor slug the claims are about")
	@Parameter(name = "proposition", in = ParameterIn.QUERY, description = "Proposition slug the claims take a side on")
	@Parameter(name = "stance", in = ParameterIn.QUERY,
			schema = @Schema(type = "string", allowableValues = { "supports", "disputes" }))
	@Parameter(name = "kind", in = ParameterIn.QUERY, schema = @Schema(type = "string",
			allowableValues = { "direct-quote", "reported-speech", "report-finding", "unnamed-source" }))
	@Parameter(name = "from", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date"))
	@Parameter(name = "to", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date"))
	@Parameter(name = "q", in = ParameterIn.QUERY, description = "Text in the claim, under 500 characters")
	@Parameter(name = "sort", in = ParameterIn.QUERY,
			schema = @Schema(type = "string", allowableValues = { "newest", "oldest" }))
	@Parameter(name = "page", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "1"))
	@Parameter(name = "size", in = ParameterIn.QUERY,
			schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "50"))
	ApiJson.Page<ApiJson.Claim> claims(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		return documents.claims(ClaimFilter.parse(params), ApiPaging.of(params.getFirst("page"), params.getFirst("size")));
	}

	@GetMapping("/claims/{id}")
	@Operation(summary = "One claim, by the number of its page")
	ApiJson.Claim claim(@PathVariable Long id) {
		return documents.claim(id);
	}

	@GetMapping("/outlets")
	@Operation(summary = "Outlets by name, a page at a time")
	ApiJson.Page<ApiJson.Outlet> outlets(@RequestParam(required = false) String page,
			@RequestParam(required = false) String size) {
		return documents.outlets(ApiPaging.of(page, size));
	}

	@GetMapping("/outlets/{slug}")
	@Operation(summary = "One outlet, by the slug of its page")
	ApiJson.Outlet outlet(@PathVariable String slug) {
		return documents.outlet(slug);
	}

	@GetMapping("/propositions")
	@Operation(summary = "Propositions with the claims on each side, a page at a time")
	ApiJson.Page<ApiJson.Proposition> propositions(@RequestParam(required = false) String page,
			@RequestParam(required = false) String size) {
		return documents.propositions(ApiPaging.of(page, size));
	}

	@GetMapping("/propositions/{slug}")
	@Operation(summary = "One proposition with the claims on each side")
	ApiJson.Proposition proposition(@PathVariable String slug) {
		return documents.proposition(slug);
	}

	/** Any other address under /api: a problem document rather than a page, since a script asked. */
	@Hidden
	@RequestMapping("/**")
	ResponseEntity<ProblemDetail> unknown(HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is nothing at "
				+ request.getRequestURI() + ". The API's addresses are described at /v3/api-docs.");
		problem.setTitle("No such address in the API");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/** The supply-chain links in the shape of {@code /supply-chain.json}, with its filters. */
	@GetMapping("/supply-chain/links")
	@Operation(summary = "Supply-chain links with their evidence, as /supply-chain.json")
	SupplyChainJson.Document links(@ModelAttribute ChainFilter filter, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size) {
		ApiPaging paging = ApiPaging.of(page, size);
		return SupplyChainJson.of(chain.page(filter, paging.page(), paging.size()), places);
	}

}
