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

/** Adding, editing and deleting articles. An article's claims are managed on its page, by the claim feature. */
@Controller
@RequestMapping("/admin/articles")
class ArticleAdminController {

	private static final String FORM = "admin/articles/form";

	/** The label of the form's checkbox that confirms a new outlet whose name is close to a recorded one. */

	private final ArticleRepository articles;

	private final OutletRepository outlets;

	private final AddingArticle adding;

	private final EditingArticle editing;

	private final DeletingArticle deleting;

	private final ArticleFormRules rules;

	private final History history;

	ArticleAdminController(ArticleRepository articles, OutletRepository outlets, AddingArticle adding,
			EditingArticle editing, DeletingArticle deleting, ArticleFormRules rules, History history) {
		this.articles = articles;
		this.outlets = outlets;
		this.adding = adding;
		this.editing = editing;
		this.deleting = deleting;
		this.rules = rules;
		this.history = history;
	}

	@ModelAttribute("outletNames")
	java.util.List<String> outletNames() {
		return outlets.findAllByOrderByNameAsc().stream().map(Outlet::getName).toList();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("articles", articles.findRowsNewestFirst());
		return "admin/articles/list";
	}

	@GetMapping("/new")
	String newArticle(Model model) {
		model.addAttribute("articleForm", new ArticleForm());
		return FORM;
	}

	@PostMapping
	String create(@Valid ArticleForm articleForm, BindingResult result, Model model, RedirectAttributes redirect) {
		rules.checkNew(articleForm, result);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			// Another editor may add the same address, or the same new outlet, a moment before us: tried again, the
			// address is refused as recorded and the outlet is found instead of created.
			Article article = UniqueNames.attempt(() -> adding.add(articleForm));
			redirect.addFlashAttribute("saved", "Article saved. Add its claims below.");
			return "redirect:/admin/articles/" + article.getId();
		}
		catch (DuplicateArticleException ex) {
			return duplicate(ex, result, model);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		Article article = find(id);
		model.addAttribute("articleForm", ArticleForm.of(article));
		return editForm(id, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid ArticleForm articleForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Article stored = find(id);
		rules.checkEdited(articleForm, stored, result);
		if (result.hasErrors()) {
			return editForm(id, model);
		}
		try {
			return StaleEdits.attempt(() -> {
				UniqueNames.attempt(() -> editing.update(id, articleForm));
				redirect.addFlashAttribute("saved", "Article saved.");
				return "redirect:/admin/articles/" + id;
			}, () -> {
				model.addAttribute("conflict",
						history.conflict(Article.class, id, articleForm, ArticleForm.of(find(id))));
				return editForm(id, model);
			});
		}
		catch (DuplicateArticleException ex) {
			duplicate(ex, result, model);
			return editForm(id, model);
		}
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		model.addAttribute("deletion", deleting.preview(id));
		return "admin/articles/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, @RequestParam(required = false) Long version, Model model,
			RedirectAttributes redirect) {
		return StaleEdits.attempt(() -> {
			deleting.delete(id, version);
			redirect.addFlashAttribute("saved", "Article deleted, with its claims.");
			return "redirect:/admin/articles";
		}, () -> {
			model.addAttribute("changedMeanwhile", true);
			return confirmDelete(id, model);
		});
	}

	private String editForm(Long id, Model model) {
		model.addAttribute("articleId", id);
		model.addAttribute("history", history.of(Article.class, id));
		return FORM;
	}

	private String duplicate(DuplicateArticleException ex, BindingResult result, Model model) {
		result.rejectValue("url", "duplicate", "This article is already recorded.");
		model.addAttribute("duplicate", ex);
		return FORM;
	}

	private Article find(Long id) {
		return articles.findWithOutletsById(id).orElseThrow(() -> NotFoundException.byId("article", id));
	}

}
