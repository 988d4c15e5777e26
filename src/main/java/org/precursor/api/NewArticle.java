package org.precursor.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.precursor.article.ArticleForm;
import org.precursor.article.DatePrecision;
import org.precursor.claim.ClaimForm;
import org.precursor.claim.ClaimKind;

/**
 * The body of {@code POST /api/articles}: the article form's fields, and the article's claims with the claim form's
 * fields. Stances name their proposition by slug, as the API shows it. The forms' own rules then apply unchanged.
 */
public record NewArticle(String url, String title, String outletName, String originalOutletName,
		Boolean newOutletConfirmed, String language, LocalDate publishedOn, DatePrecision datePrecision,
		String dateNote, String authors, String summary, String body, List<NewClaim> claims) {

	public NewArticle {
		claims = claims == null ? List.of() : List.copyOf(claims);
	}

	/** One claim of the new article; {@code text} is the claim's content, verbatim inside its {@code passage}. */
	public record NewClaim(String claimant, ClaimKind kind, String text, String passage, String cue,
			String speakerMention, String about, LocalDate madeOn, String summary, List<NewStance> stances) {

		public NewClaim {
			stances = stances == null ? List.of() : List.copyOf(stances);
		}

	}

	/** A side taken: a proposition's slug and {@code supports} or {@code disputes}. */
	public record NewStance(String proposition, String stance) {
	}

	ArticleForm articleForm() {
		ArticleForm form = new ArticleForm();
		form.setUrl(url);
		form.setTitle(title);
		form.setOutletName(outletName);
		form.setOriginalOutletName(originalOutletName);
		form.setNewOutletConfirmed(Boolean.TRUE.equals(newOutletConfirmed));
		if (language != null) {
			form.setLanguage(language);
		}
		form.setPublishedOn(publishedOn);
		if (datePrecision != null) {
			form.setDatePrecision(datePrecision);
		}
		form.setDateNote(dateNote);
		form.setAuthors(authors);
		form.setSummary(summary);
		form.setBody(body);
		return form;
	}

	static ClaimForm claimForm(NewClaim claim) {
		ClaimForm form = new ClaimForm();
		form.setClaimant(claim.claimant());
		if (claim.kind() != null) {
			form.setKind(claim.kind());
		}
		form.setText(claim.text());
		form.setPassage(claim.passage());
		form.setCue(claim.cue());
		form.setSpeakerMention(claim.speakerMention());
		form.setAbout(claim.about());
		form.setMadeOn(claim.madeOn());
		form.setSummary(claim.summary());
		form.setStances(new ArrayList<>());
		return form;
	}

}
