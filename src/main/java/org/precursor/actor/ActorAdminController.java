package org.precursor.actor;

import java.util.Set;
import java.util.stream.Collectors;

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
import org.precursor.web.RecordInUseException;
import org.precursor.web.StaleEdits;
import org.precursor.web.UniqueNames;

/** Adding, editing, merging and deleting actors. */
@Controller
@RequestMapping("/admin/actors")
class ActorAdminController {

	private static final String FORM = "admin/actors/form";

	private final ActorRepository actors;

	private final ActorNames names;

	private final SavingActor saving;

	private final MergingActors merging;

	private final DeletingActor deleting;

	private final History history;

	ActorAdminController(ActorRepository actors, ActorNames names, SavingActor saving, MergingActors merging,
			DeletingActor deleting, History history) {
		this.actors = actors;
		this.names = names;
		this.saving = saving;
		this.merging = merging;
		this.deleting = deleting;
		this.history = history;
	}

	@ModelAttribute("actorTypes")
	ActorType[] actorTypes() {
		return ActorType.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, Model model) {
		var rows = actors.findRowsByName();
		if (q != null && !q.isBlank()) {
			Set<Long> matching = actors.findByNameOrAliasContaining(q.strip()).stream().map(Actor::getId)
				.collect(Collectors.toSet());
			rows = rows.stream().filter(row -> matching.contains(row.id())).toList();
		}
		model.addAttribute("actors", rows);
		model.addAttribute("q", q);
		return "admin/actors/list";
	}

	@GetMapping("/new")
	String newActor(Model model) {
		model.addAttribute("actorForm", new ActorForm());
		return form(null, model);
	}

	@PostMapping
	String create(@Valid ActorForm actorForm, BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(null, model);
		}
		return UniqueNames.attempt(() -> saving.create(actorForm, result))
			.map(actor -> saved(actor, "Actor “" + actor.getName() + "” added.", redirect))
			.orElseGet(() -> form(null, model));
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("actorForm", ActorForm.of(find(id)));
		return form(id, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid ActorForm actorForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(id, model);
		}
		return StaleEdits.attempt(() -> UniqueNames.attempt(() -> saving.update(id, actorForm, result))
			.map(actor -> saved(actor, "Actor “" + actor.getName() + "” saved.", redirect))
			.orElseGet(() -> form(id, model)), () -> {
				model.addAttribute("conflict", history.conflict(Actor.class, id, actorForm, ActorForm.of(find(id))));
				return form(id, model);
			});
	}

	@GetMapping("/{id}/merge")
	String merge(@PathVariable Long id, @RequestParam(required = false) String into, Model model) {
		Actor duplicate = find(id);
		model.addAttribute("duplicate", duplicate);
		model.addAttribute("into", into);
		model.addAttribute("actorChoices", names.choices());
		if (into != null) {
			ActorNames.Match survivor = names.resolve(into);
			if (!survivor.isUnique()) {
				model.addAttribute("problem", into.isBlank() ? "Type the name of the actor to keep." : survivor.problem());
			}
			else {
				try {
					model.addAttribute("preview", merging.preview(id, survivor.actor().getId()));
				}
				catch (RecordInUseException ex) {
					model.addAttribute("problem", ex.getMessage());
				}
			}
		}
		return "admin/actors/merge";
	}

	@PostMapping("/{id}/merge")
	String mergeInto(@PathVariable Long id, @RequestParam Long survivor, @RequestParam Long duplicateVersion,
			@RequestParam Long survivorVersion, Model model, RedirectAttributes redirect) {
		try {
			return StaleEdits.attempt(() -> {
				Actor kept = merging.merge(id, survivor, duplicateVersion, survivorVersion);
				redirect.addFlashAttribute("saved", "Merged. Old links now lead to “" + kept.getName() + "”.");
				return "redirect:/admin/actors/" + kept.getId() + "/edit";
			}, () -> {
				model.addAttribute("problem", "One of the two actors was changed since you opened this page, so "
						+ "nothing was merged. Check what would move below and confirm again.");
				return merge(id, find(survivor).getName(), model);
			});
		}
		catch (RecordInUseException ex) {
			model.addAttribute("problem", ex.getMessage());
			return merge(id, find(survivor).getName(), model);
		}
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		model.addAttribute("deletion", deleting.preview(id));
		return "admin/actors/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, @RequestParam(required = false) Long version, Model model,
			RedirectAttributes redirect) {
		try {
			return StaleEdits.attempt(() -> {
				deleting.delete(id, version);
				redirect.addFlashAttribute("saved", "Actor deleted.");
				return "redirect:/admin/actors";
			}, () -> {
				model.addAttribute("problem",
						"The actor was changed since you opened this page, so it was kept. Check it and confirm again.");
				return confirmDelete(id, model);
			});
		}
		catch (RecordInUseException ex) {
			model.addAttribute("problem", ex.getMessage());
			return confirmDelete(id, model);
		}
	}

	private String saved(Actor actor, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("saved", message);
		return "redirect:/admin/actors/" + actor.getId() + "/edit";
	}

	private String form(Long id, Model model) {
		model.addAttribute("actorId", id);
		model.addAttribute("actorChoices", names.choices());
		if (id != null) {
			model.addAttribute("actor", find(id));
			model.addAttribute("history", history.of(Actor.class, id));
		}
		return FORM;
	}

	private Actor find(Long id) {
		return actors.findWithParentById(id).orElseThrow(() -> NotFoundException.byId("actor", id));
	}

}
