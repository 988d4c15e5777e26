package org.precursor.admin;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.precursor.history.History;
import org.precursor.history.RevisionSummary;
import org.precursor.web.Pagination;

/** Every change to the map, newest first: who changed what and when, with the previous values. */
@Controller
class HistoryController {

	static final int REVISIONS_PER_PAGE = 20;

	private final History history;

	HistoryController(History history) {
		this.history = history;
	}

	@GetMapping("/admin/history")
	String history(@RequestParam(defaultValue = "1") int page, Model model) {
		Page<RevisionSummary> revisions = history
			.recent(PageRequest.of(Pagination.reachable(page, REVISIONS_PER_PAGE) - 1, REVISIONS_PER_PAGE));
		if (revisions.getNumber() >= revisions.getTotalPages() && revisions.getTotalPages() > 0) {
			revisions = history.recent(PageRequest.of(revisions.getTotalPages() - 1, REVISIONS_PER_PAGE));
		}
		model.addAttribute("revisions", revisions);
		return "admin/history";
	}

}
