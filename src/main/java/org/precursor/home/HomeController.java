package org.precursor.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final HomePages pages;

	HomeController(HomePages pages) {
		this.pages = pages;
	}

	@GetMapping("/")
	String home(Model model) {
		HomePage page = pages.load();
		model.addAttribute("page", page);
		model.addAttribute("counts", page.counts());
		return "home";
	}

}
