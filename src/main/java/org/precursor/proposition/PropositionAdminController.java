package org.precursor.proposition;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.precursor.history.History;
import org.precursor.web.NotFoundException;
import org.precursor.web.StaleEdits;
import org.precursor.web.UniqueNames;

/** Adding, editing and deleting contested propositions. */
@Controller
@RequestMapping("/admin/propositions")
class PropositionAdminController {

	private static final String FORM = "admin/propositions/form";

	private final PropositionRepository propositions;

	private final EditingProposition editing;

	private final DeletingProposition deleting;

	private final History history;

	PropositionAdminController(PropositionRepository propositions, EditingProposition editing,
			DeletingProposition deleting, History history) {
		this.propositions = propositions;
		this.editing = editing;
		this.deleting = deleting;
		this.history = history;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("propositions", propositions.findRowsByText());
		return "admin/propositions/list";
	}

	@GetMapping("/new")
	String newProposition(Model model) {
		model.addAttribute("propositionForm", new PropositionForm());
		return FORM;
	}

	@PostMapping
	String create(@Valid PropositionForm propositionForm, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		return UniqueNames.attempt(() -> editing.add(propositionForm, result)).map(proposition -> {
			redirect.addFlashAttribute("saved", "Proposition added.");
			return "redirect:/admin/propositions";
		}).orElse(FORM);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("propositionForm", PropositionForm.of(find(id)));
		return editForm(id, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid PropositionForm propositionForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		find(id);
		if (result.hasErrors()) {
			return editForm(id, model);
		}
		return StaleEdits.attempt(() -> UniqueNames.attempt(() -> editing.update(id, propositionForm, result))
			.map(proposition -> {
				redirect.addFlashAttribute("saved", "Proposition saved.");
				return "redirect:/admin/propositions";
			}).orElseGet(() -> editForm(id, model)), () -> {
			model.addAttribute("conflict",
					history.conflict(Proposition.class, id, propositionForm, PropositionForm.of(find(id))));
			return editForm(id, model);
		});
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		model.addAttribute("deletion", deleting.preview(id));
		return "admin/propositions/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, @RequestParam(required = false) Long version, Model model,
			RedirectAttributes redirect) {
		return StaleEdits.attempt(() -> {
			deleting.delete(id, version);
			redirect.addFlashAttribute("saved", "Proposition deleted, with the stances on it.");
			return "redirect:/admin/propositions";
		}, () -> {
			model.addAttribute("changedMeanwhile", true);
			return confirmDelete(id, model);
		});
	}

	private String editForm(Long id, Model model) {
		model.addAttribute("propositionId", id);
		model.addAttribute("history", history.of(Proposition.class, id));
		return FORM;
	}

	private Proposition find(Long id) {
		return propositions.findById(id).orElseThrow(() -> NotFoundException.byId("proposition", id));
	}

}
