package org.precursor.proposition;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import org.precursor.web.UniqueNames;

/** A contested statement that actors take sides on, such as "China is the main source of fentanyl precursors". */
@Entity
@Audited
public class Proposition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String text;

	/** The text as its unique constraint compares it: no two propositions differ only in case. */
	@NotAudited
	private String textKey;

	private String description;

	@Version
	private long version;

	protected Proposition() {
	}

	public Proposition(String slug, String text, String description) {
		this.slug = slug;
		reword(text, description);
	}

	public void reword(String text, String description) {
		this.text = text;
		this.textKey = UniqueNames.key(text);
		this.description = description == null || description.isBlank() ? null : description.strip();
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getText() {
		return text;
	}

	public String getDescription() {
		return description;
	}

	public long getVersion() {
		return version;
	}

}
