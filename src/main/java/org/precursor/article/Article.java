package org.precursor.article;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

/**
 * A story in which claims are reported. When an outlet republishes another's story (a blog quoting AP), the
 * original outlet is kept as well, so readers see who did the reporting.
 */
@Entity
@Audited
public class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Outlet outlet;

	@ManyToOne(fetch = FetchType.LAZY)
	private Outlet originalOutlet;

	private String title;

	private String url;

	private LocalDate publishedOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision datePrecision = DatePrecision.UNKNOWN;

	private String dateNote;

	private String authors;

	private String language = "en";

	/** Off the fentanyl topic: searchable, but left out of the compare matrix, the network and the supply chain. */
	private boolean offTopic;

	private String summary;

	private String body;

	private String seedKey;

	@Version
	private long version;

	protected Article() {
	}

	public Article(Outlet outlet, String title) {
		this.outlet = outlet;
		this.title = title;
	}

	public void publishedBy(Outlet outlet, Outlet originalOutlet) {
		this.outlet = outlet;
		this.originalOutlet = originalOutlet;
	}

	public void retitle(String title) {
		this.title = title;
	}

	public void locatedAt(CanonicalUrl url) {
		this.url = url == null ? null : url.value();
	}

	public void datedOn(LocalDate publishedOn, DatePrecision precision, String note) {
		this.publishedOn = publishedOn;
		this.datePrecision = publishedOn == null ? DatePrecision.UNKNOWN : precision;
		this.dateNote = Outlet.blankToNull(note);
	}

	public void describe(String authors, String language, String summary, String body) {
		this.authors = Outlet.blankToNull(authors);
		this.language = language == null || language.isBlank() ? "en" : language.strip();
		this.summary = Outlet.blankToNull(summary);
		this.body = Outlet.blankToNull(body);
	}

	public void markSeeded(String seedKey) {
		this.seedKey = seedKey;
	}

	/** The outlet that did the original reporting: the republished source if there is one. */
	public Outlet getReportingOutlet() {
		return originalOutlet != null ? originalOutlet : outlet;
	}

	public Long getId() {
		return id;
	}

	public Outlet getOutlet() {
		return outlet;
	}

	public Outlet getOriginalOutlet() {
		return originalOutlet;
	}

	public String getTitle() {
		return title;
	}

	public String getUrl() {
		return url;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public DatePrecision getDatePrecision() {
		return datePrecision;
	}

	public String getDateNote() {
		return dateNote;
	}

	public String getAuthors() {
		return authors;
	}

	public void markOffTopic(boolean offTopic) {
		this.offTopic = offTopic;
	}

	public boolean isOffTopic() {
		return offTopic;
	}

	public String getLanguage() {
		return language;
	}

	public String getSummary() {
		return summary;
	}

	public String getBody() {
		return body;
	}

	public String getSeedKey() {
		return seedKey;
	}

	public long getVersion() {
		return version;
	}

}
