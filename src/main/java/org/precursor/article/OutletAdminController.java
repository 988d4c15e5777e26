package org.precursor.article;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.precursor.history.History;
import org.precursor.web.NotFoundException;
import org.precursor.web.StaleEdits;
import org.precursor.web.UniqueNames;

/** Adding and editing outlets; an outlet can be deleted only while no article refers to it. */
@Controller
@RequestMapping("/admin/outlets")
class OutletAdminController {

	private static final String FORM = "admin/outlets/form";

	private final OutletRepository outlets;

	private final ArticleRepository articles;

	private final EditingOutlet editing;

	private final History history;

	OutletAdminController(OutletRepository outlets, ArticleRepository articles, EditingOutlet editing,
			History history) {
		this.outlets = outlets;
		this.articles = articles;
		this.editing = editing;
		this.history = history;
	}

	@ModelAttribute("outletKinds")
	OutletKind[] outletKinds() {
		return OutletKind.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("outlets", outlets.findRowsByName());
		return "admin/outlets/list";
	}

	@GetMapping("/new")
	String newOutlet(Model model) {
		OutletForm form = new OutletForm();
		form.setKind(OutletKind.NEWSPAPER);
		model.addAttribute("outletForm", form);
		return FORM;
	}

	@PostMapping
	String create(@Valid OutletForm outletForm, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		return UniqueNames.attempt(() -> editing.add(outletForm, result)).map(outlet -> {
			redirect.addFlashAttribute("saved", "Outlet “" + outlet.getName() + "” added.");
			return "redirect:/admin/outlets";
		}).orElse(FORM);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("outletForm", OutletForm.of(find(id)));
		return editForm(id, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid OutletForm outletForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		find(id);
		if (result.hasErrors()) {
			return editForm(id, model);
		}
		return StaleEdits.attempt(() -> UniqueNames.attempt(() -> editing.update(id, outletForm, result)).map(outlet -> {
			redirect.addFlashAttribute("saved", "Outlet “" + outlet.getName() + "” saved.");
			return "redirect:/admin/outlets";
		}).orElseGet(() -> editForm(id, model)), () -> {
			model.addAttribute("conflict", history.conflict(Outlet.class, id, outletForm, OutletForm.of(find(id))));
			return editForm(id, model);
		});
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		Outlet outlet = find(id);
		model.addAttribute("outlet", outlet);
		model.addAttribute("articleCount", articles.countByOutletOrOriginalOutlet(outlet, outlet));
		return "admin/outlets/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, @RequestParam(required = false) Long version, Model model,
			RedirectAttributes redirect) {
		Outlet outlet = find(id);
		long articleCount = articles.countByOutletOrOriginalOutlet(outlet, outlet);
		if (articleCount > 0 || version == null || version != outlet.getVersion()) {
			return confirmDelete(id, model);
		}
		outlets.delete(outlet);
		redirect.addFlashAttribute("saved", "Outlet “" + outlet.getName() + "” deleted.");
		return "redirect:/admin/outlets";
	}

	private String editForm(Long id, Model model) {
		model.addAttribute("outletId", id);
		model.addAttribute("history", history.of(Outlet.class, id));
		return FORM;
	}

	private Outlet find(Long id) {
		return outlets.findById(id).orElseThrow(() -> NotFoundException.byId("outlet", id));
	}

}
