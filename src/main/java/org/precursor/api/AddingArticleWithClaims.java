package org.precursor.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import org.precursor.article.AddingArticle;
import org.precursor.article.Article;
import org.precursor.article.ArticleForm;
import org.precursor.article.ArticleFormRules;
import org.precursor.claim.ClaimForm;
import org.precursor.claim.RecordingClaim;
import org.precursor.claim.StanceRow;
import org.precursor.proposition.Proposition;
import org.precursor.proposition.PropositionRepository;
import org.precursor.proposition.Stance;
import org.precursor.web.UniqueNames;

/**
 * Adds an article and its claims from one API request, in one transaction, through the same use cases and rules as
 * the admin forms: the article form's validation and {@link ArticleFormRules}, then {@link AddingArticle}, then each
 * claim's form validation and {@link RecordingClaim}. Any refused field anywhere refuses the whole request, and
 * nothing is saved.
 */
@Component
class AddingArticleWithClaims {

	/** Claims one request may carry, like the form's rows. */
	static final int MAX_CLAIMS = 200;

	private final Validator validator;

	private final TransactionTemplate transaction;

	private final ArticleFormRules rules;

	private final AddingArticle adding;

	private final RecordingClaim recording;

	private final PropositionRepository propositions;

	AddingArticleWithClaims(jakarta.validation.Validator validator, PlatformTransactionManager transactions,
			ArticleFormRules rules, AddingArticle adding, RecordingClaim recording, PropositionRepository propositions) {
		this.validator = new SpringValidatorAdapter(validator);
		this.transaction = new TransactionTemplate(transactions);
		this.rules = rules;
		this.adding = adding;
		this.recording = recording;
		this.propositions = propositions;
	}

	/** The new article's id; throws {@link FieldProblems} or the duplicate-address refusal instead. */
	Long add(NewArticle request) {
		// A new outlet named in the same moment by someone else: tried again, it is found instead of created.
		return UniqueNames.attempt(() -> transaction.execute(status -> addOnce(request)));
	}

	private Long addOnce(NewArticle request) {
		List<FieldProblems.FieldProblem> problems = new ArrayList<>();
		ArticleForm form = request.articleForm();
		Errors articleErrors = new BeanPropertyBindingResult(form, "article");
		validator.validate(form, articleErrors);
		rules.checkNew(form, articleErrors);
		collect(articleErrors, "", problems);
		if (request.claims().size() > MAX_CLAIMS) {
			problems.add(new FieldProblems.FieldProblem("claims",
					"Send at most " + MAX_CLAIMS + " claims with one article; add the others one request at a time."));
		}
		List<ClaimForm> claimForms = new ArrayList<>();
		for (int i = 0; i < request.claims().size() && i < MAX_CLAIMS; i++) {
			NewArticle.NewClaim claim = request.claims().get(i);
			ClaimForm claimForm = NewArticle.claimForm(claim);
			stances(claim, claimForm, "claims[" + i + "].", problems);
			Errors claimErrors = new BeanPropertyBindingResult(claimForm, "claim");
			validator.validate(claimForm, claimErrors);
			collect(claimErrors, "claims[" + i + "].", problems);
			claimForms.add(claimForm);
		}
		if (!problems.isEmpty()) {
			throw new FieldProblems(problems);
		}
		Article article = adding.add(form);
		for (int i = 0; i < claimForms.size(); i++) {
			Errors claimErrors = new BeanPropertyBindingResult(claimForms.get(i), "claim");
			Optional<?> saved = recording.add(article.getId(), claimForms.get(i), claimErrors);
			collect(claimErrors, "claims[" + i + "].", problems);
			if (saved.isEmpty() && !claimErrors.hasErrors()) {
				problems.add(new FieldProblems.FieldProblem("claims[" + i + "]", "This claim could not be recorded."));
			}
		}
		if (!problems.isEmpty()) {
			throw new FieldProblems(problems);
		}
		return article.getId();
	}

	/** The stances by proposition slug, as the claim form's rows of proposition numbers. */
	private void stances(NewArticle.NewClaim claim, ClaimForm form, String prefix,
			List<FieldProblems.FieldProblem> problems) {
		List<StanceRow> rows = new ArrayList<>();
		for (int j = 0; j < claim.stances().size(); j++) {
			NewArticle.NewStance stance = claim.stances().get(j);
			String field = prefix + "stances[" + j + "].";
			Optional<Proposition> proposition = stance.proposition() == null ? Optional.empty()
					: propositions.findBySlug(stance.proposition().strip());
			if (proposition.isEmpty()) {
				problems.add(new FieldProblems.FieldProblem(field + "proposition", "There is no proposition with the slug “"
						+ stance.proposition() + "”; see /api/propositions."));
				continue;
			}
			StanceRow row = new StanceRow();
			row.setProposition(proposition.get().getId());
			try {
				row.setStance(Stance.parse(stance.stance() == null ? "" : stance.stance()));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblems.FieldProblem(field + "stance", "Say “supports” or “disputes”."));
				continue;
			}
			rows.add(row);
		}
		form.setStances(rows);
	}

	private static void collect(Errors errors, String prefix, List<FieldProblems.FieldProblem> problems) {
		for (FieldError error : errors.getFieldErrors()) {
			problems.add(new FieldProblems.FieldProblem(prefix + error.getField(), error.getDefaultMessage()));
		}
		errors.getGlobalErrors()
			.forEach(error -> problems.add(new FieldProblems.FieldProblem(prefix.isEmpty() ? "article"
					: prefix.substring(0, prefix.length() - 1), error.getDefaultMessage())));
	}

}
