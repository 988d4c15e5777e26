package org.precursor.article;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The article form's rules beyond its fields' own: a new article needs its web address, and a new outlet name close
 * to a recorded one ("Reuter") asks "Did you mean Reuters?" until it is confirmed. The admin form and the API's
 * {@code POST /api/articles} both check an article through here, so both refuse exactly the same.
 */
@Component
public class ArticleFormRules {

	static final String NEW_OUTLET_CONFIRMATION = "Add it as a new outlet";

	private final SimilarOutlets similarOutlets;

	ArticleFormRules(SimilarOutlets similarOutlets) {
		this.similarOutlets = similarOutlets;
	}

	/** The rules for a new article, after the form's fields were validated into {@code errors}. */
	public void checkNew(ArticleForm form, Errors errors) {
		requireUrl(form, errors);
		askAboutCloseOutletNames(form, errors);
	}

	/** The rules for an edited article: an address once recorded cannot be taken away. */
	void checkEdited(ArticleForm form, Article stored, Errors errors) {
		if (stored.getUrl() != null) {
			requireUrl(form, errors);
		}
		askAboutCloseOutletNames(form, errors);
	}

	/** "Did you mean Reuters?" before a typo creates a second outlet; a confirmed new name goes through. */
	private void askAboutCloseOutletNames(ArticleForm form, Errors errors) {
		if (form.isNewOutletConfirmed()) {
			return;
		}
		similarOutlets.closeTo(form.getOutletName()).ifPresent(close -> errors.rejectValue("outletName", "similar",
				new Object[] { close.getName() }, "Did you mean “" + close.getName() + "”? Choose it, or tick “"
						+ NEW_OUTLET_CONFIRMATION + "” to add “" + form.getOutletName().strip() + "”."));
		similarOutlets.closeTo(form.getOriginalOutletName()).ifPresent(close -> errors.rejectValue(
				"originalOutletName", "similar", new Object[] { close.getName() }, "Did you mean “" + close.getName()
						+ "”? Choose it, or tick “" + NEW_OUTLET_CONFIRMATION + "” to add “"
						+ form.getOriginalOutletName().strip() + "”."));
	}

	private static void requireUrl(ArticleForm form, Errors errors) {
		if ((form.getUrl() == null || form.getUrl().isBlank()) && !errors.hasFieldErrors("url")) {
			errors.rejectValue("url", "required", "Enter the article's web address.");
		}
	}

}
