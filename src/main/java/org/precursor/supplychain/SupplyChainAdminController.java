package org.precursor.supplychain;

import jakarta.validation.Valid;

import org.springframework.data.domain.Sort;
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

import org.precursor.actor.ActorRepository;
import org.precursor.history.History;
import org.precursor.web.StaleEdits;

/** Editors add, correct and delete supply-chain links and the claims cited for them. */
@Controller
@RequestMapping("/admin/supply-chain")
class SupplyChainAdminController {

	private final SupplyChainLinks chain;

	private final EditingLinks editing;

	private final ActorRepository actors;

	private final History history;

	SupplyChainAdminController(SupplyChainLinks chain, EditingLinks editing, ActorRepository actors,
			History history) {
		this.chain = chain;
		this.editing = editing;
		this.actors = actors;
		this.history = history;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("chain", chain.page(ChainFilter.NONE, page, SupplyChainLinks.DEFAULT_PAGE_SIZE));
		return "supplychain/admin/list";
	}

	@GetMapping("/new")
	String add(Model model) {
		return form(new LinkForm(), null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") LinkForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return editing.add(form, errors)
			.map(link -> saved(link, "Link added.", redirect))
			.orElseGet(() -> form(form, null, model));
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		return form(editing.formFor(id), id, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") LinkForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return StaleEdits.attempt(() -> editing.update(id, form, errors)
			.map(link -> saved(link, "Link saved.", redirect))
			.orElseGet(() -> form(form, id, model)), () -> {
				model.addAttribute("conflict",
						history.conflict(SupplyChainLink.class, id, form, editing.formFor(id)));
				return form(form, id, model);
			});
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("deletion", editing.preview(id));
		return "supplychain/admin/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) Long version, Model model,
			RedirectAttributes redirect) {
		return StaleEdits.attempt(() -> {
			editing.delete(id, version);
			redirect.addFlashAttribute("message", "Link deleted. The claims it cited stay.");
			return "redirect:/admin/supply-chain";
		}, () -> {
			model.addAttribute("changedMeanwhile", true);
			return confirmDelete(id, model);
		});
	}

	private String form(LinkForm form, Long id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("linkId", id);
		model.addAttribute("actors", actors.findAll(Sort.by("name")));
		model.addAttribute("commodities", Commodity.values());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("channels", Channel.values());
		return "supplychain/admin/form";
	}

	private static String saved(SupplyChainLink link, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", message);
		return "redirect:/admin/supply-chain/" + link.getId() + "/edit";
	}

}
