package org.precursor.claim;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

import org.precursor.web.Htmx;
import org.precursor.web.JsonLd;
import org.precursor.web.SiteAddress;

@Controller
class ClaimController {

	static final int PAGE_SIZE = 20;

	private final ClaimPages pages;

	private final SiteAddress site;

	ClaimController(ClaimPages pages, @Value(SiteAddress.PROPERTY) String baseUrl) {
		this.pages = pages;
		this.site = SiteAddress.at(baseUrl);
	}

	/**
	 * The claims list. The filter form sends every field, filled or not; a plain submission is redirected to the
	 * short address of the same view, and htmx is told to show that address, so shared links stay readable.
	 */
	@GetMapping("/claims")
	Object list(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		ClaimFilter filter = ClaimFilter.parse(params);
		boolean blankFields = params.values().stream().flatMap(values -> values.stream()).anyMatch(String::isBlank);
		if (!Htmx.isSwap(request) && blankFields) {
			RedirectView redirect = new RedirectView(filter.url(), true);
			redirect.setExpandUriTemplateVariables(false);
			return redirect;
		}
		ClaimListPage page = pages.list(filter, PAGE_SIZE);
		if (Htmx.isSwap(request)) {
			response.setHeader("HX-Push-Url", page.filter().url());
		}
		model.addAttribute("claims", page);
		return Htmx.view(request, response, "claims/list", "claims/results");
	}

	@GetMapping("/claims/{id}")
	String show(@PathVariable Long id, Model model) {
		ClaimPage page = pages.show(id);
		model.addAttribute("page", page);
		model.addAttribute("citation", ClaimCitation.of(page.claim(), site.of("/claims/" + id),
				LocalDate.now(ZoneOffset.UTC)));
		model.addAttribute(JsonLd.MODEL_NAME, ClaimJsonLd.of(page, site));
		return "claims/show";
	}

}
