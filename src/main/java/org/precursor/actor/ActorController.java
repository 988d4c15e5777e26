package org.precursor.actor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.precursor.web.Htmx;

@Controller
class ActorController {

	private final ActorPages pages;

	ActorController(ActorPages pages) {
		this.pages = pages;
	}

	@GetMapping("/actors")
	String list(@RequestParam(required = false) String q, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		model.addAttribute("directory", pages.directory(q));
		return Htmx.view(request, response, "actors/list", "actors/directory");
	}

	@GetMapping("/actors/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("page", pages.page(slug));
		return "actors/show";
	}

}
