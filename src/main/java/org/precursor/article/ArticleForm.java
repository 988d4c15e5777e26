package org.precursor.article;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.precursor.web.FormText;
import org.precursor.web.NotBefore1900;
import org.precursor.web.PlainText;
import org.precursor.web.VersionedForm;

/**
 * The article form. Field names are stable ({@code url}, {@code title}, {@code outletName}, {@code publishedOn},
 * {@code authors}, {@code summary}, {@code body}) so that scripts can fill it.
 */
public class ArticleForm extends VersionedForm {

	@WebAddress
	@Size(max = 1000, message = "Keep the address under {max} characters.")
	private String url;

	@NotBlank(message = "Enter the article's title.")
	@Size(max = 500, message = "Keep the title under {max} characters.")
	@PlainText
	private String title;

	@NotBlank(message = "Choose an outlet, or type the name of a new one.")
	@Size(max = 200, message = "Keep the outlet name under {max} characters.")
	@PlainText
	private String outletName;

	@Size(max = 200, message = "Keep the outlet name under {max} characters.")
	@PlainText
	private String originalOutletName;

	/** Set when the editor confirmed that a name close to a recorded outlet's is a new outlet all the same. */
	private boolean newOutletConfirmed;

	@NotBlank(message = "Enter the article's language, for example en.")
	@Pattern(regexp = "\\s*[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*\\s*", message = "Enter a language code such as en, fr or zh-Hant.")
	private String language = "en";

	@PastOrPresent(message = "The publication date cannot be in the future.")
	@NotBefore1900
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate publishedOn;

	private DatePrecision datePrecision = DatePrecision.STATED;

	@Size(max = 1000, message = "Keep the note under {max} characters.")
	@PlainText(multiline = true)
	private String dateNote;

	@Size(max = 500, message = "Keep the authors under {max} characters.")
	@PlainText
	private String authors;

	@Size(max = 4000, message = "Keep the summary under {max} characters.")
	@PlainText(multiline = true)
	private String summary;

	@Size(max = 200000, message = "Keep the article text under {max} characters.")
	@PlainText(multiline = true)
	private String body;

	public static ArticleForm of(Article article) {
		ArticleForm form = new ArticleForm();
		form.url = article.getUrl();
		form.title = article.getTitle();
		form.outletName = article.getOutlet().getName();
		form.originalOutletName = article.getOriginalOutlet() == null ? null : article.getOriginalOutlet().getName();
		form.language = article.getLanguage();
		form.publishedOn = article.getPublishedOn();
		form.datePrecision = article.getDatePrecision() == DatePrecision.UNKNOWN ? DatePrecision.STATED
				: article.getDatePrecision();
		form.dateNote = article.getDateNote();
		form.authors = article.getAuthors();
		form.summary = article.getSummary();
		form.body = article.getBody();
		form.setVersion(article.getVersion());
		return form;
	}

	@Override
	public Map<String, String> describe() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Web address", FormText.orEmpty(url));
		fields.put("Title", FormText.orEmpty(title));
		fields.put("Outlet", FormText.orEmpty(outletName));
		fields.put("Originally reported by", FormText.orEmpty(originalOutletName));
		fields.put("Language", FormText.orEmpty(language));
		fields.put("Publication date", publishedOn == null ? "" : publishedOn + " (" + precision().name().toLowerCase(Locale.ROOT) + ")");
		fields.put("Date note", FormText.orEmpty(dateNote));
		fields.put("Authors", FormText.orEmpty(authors));
		fields.put("Summary", FormText.orEmpty(summary));
		fields.put("Article text", FormText.orEmpty(body));
		return fields;
	}

	/** The precision to store: a missing date is always unknown. */
	DatePrecision precision() {
		return publishedOn == null || datePrecision == null ? DatePrecision.UNKNOWN : datePrecision;
	}

	/** Applies the typed values to an article; the outlet and address are set by the caller. */
	void applyTo(Article article) {
		article.retitle(title.strip());
		article.datedOn(publishedOn, precision(), dateNote);
		article.describe(authors, language.strip(), summary, body);
	}

	public String getOriginalOutletName() {
		return originalOutletName;
	}

	public void setOriginalOutletName(String originalOutletName) {
		this.originalOutletName = originalOutletName;
	}

	public boolean isNewOutletConfirmed() {
		return newOutletConfirmed;
	}

	public void setNewOutletConfirmed(boolean newOutletConfirmed) {
		this.newOutletConfirmed = newOutletConfirmed;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getOutletName() {
		return outletName;
	}

	public void setOutletName(String outletName) {
		this.outletName = outletName;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public void setPublishedOn(LocalDate publishedOn) {
		this.publishedOn = publishedOn;
	}

	public DatePrecision getDatePrecision() {
		return datePrecision;
	}

	public void setDatePrecision(DatePrecision datePrecision) {
		this.datePrecision = datePrecision;
	}

	public String getDateNote() {
		return dateNote;
	}

	public void setDateNote(String dateNote) {
		this.dateNote = dateNote;
	}

	public String getAuthors() {
		return authors;
	}

	public void setAuthors(String authors) {
		this.authors = authors;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

}
