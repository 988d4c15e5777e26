package org.precursor.claim;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CompareController {

	private final ComparingStances comparing;

	CompareController(ComparingStances comparing) {
		this.comparing = comparing;
	}

	/** {@code actors} may be one comma-separated value or repeated, as the picker form sends it. */
	@GetMapping("/compare")
	String compare(@RequestParam(defaultValue = "") List<String> actors,
			@RequestParam(defaultValue = "true") boolean rollup, Model model) {
		model.addAttribute("matrix", comparing.compare(actors, rollup));
		return "propositions/compare";
	}

}
