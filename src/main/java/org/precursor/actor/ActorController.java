package org.precursor.actor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import org.precursor.web.FeedLink;
import org.precursor.web.Htmx;
import org.precursor.web.JsonLd;
import org.precursor.web.NotFoundException;
import org.precursor.web.SiteAddress;

@Controller
class ActorController {

	private final ActorPages pages;

	private final ActorRedirectRepository redirects;

	private final SiteAddress site;

	ActorController(ActorPages pages, ActorRedirectRepository redirects, @Value(SiteAddress.PROPERTY) String baseUrl) {
		this.pages = pages;
		this.redirects = redirects;
		this.site = SiteAddress.at(baseUrl);
	}

	@GetMapping("/actors")
	String list(@RequestParam(required = false) String q, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		model.addAttribute("directory", pages.directory(q));
		return Htmx.view(request, response, "actors/list", "actors/directory");
	}

	/** An actor's page; the slug of an actor merged into another answers with a permanent redirect to the survivor. */
	@GetMapping("/actors/{slug}")
	ModelAndView show(@PathVariable String slug) {
		try {
			ModelAndView page = new ModelAndView("actors/show", pages.page(slug));
			page.addObject(JsonLd.MODEL_NAME, ActorJsonLd.of((ActorPage) page.getModel().get("page"), site));
			page.addObject(FeedLink.MODEL_NAME, new FeedLink("/feeds/actors/" + slug + ".atom",
					"Precursor: this actor's newest claims"));
			return page;
		}
		catch (NotFoundException missing) {
			String survivor = redirects.findCurrentSlug(slug).orElseThrow(() -> missing);
			RedirectView redirect = new RedirectView("/actors/" + survivor, true);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return new ModelAndView(redirect);
		}
	}

}
