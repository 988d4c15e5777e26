package org.precursor.article;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import org.precursor.web.UniqueNames;

/** A publication that reports claims: a wire service, newspaper, broadcaster, blog or government site. */
@Entity
@Audited
public class Outlet {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	/** The name as its unique constraint compares it: no two outlets differ only in case. */
	@NotAudited
	private String nameKey;

	@Enumerated(EnumType.STRING)
	private OutletKind kind;

	private String country;

	private String homepage;

	private String description;

	@Version
	private long version;

	protected Outlet() {
	}

	public Outlet(String slug, String name, OutletKind kind) {
		this.slug = slug;
		this.name = name;
		this.nameKey = UniqueNames.key(name);
		this.kind = kind;
	}

	public void describe(String country, String homepage, String description) {
		this.country = blankToNull(country);
		this.homepage = blankToNull(homepage);
		this.description = blankToNull(description);
	}

	public void rename(String name, OutletKind kind) {
		this.name = name;
		this.nameKey = UniqueNames.key(name);
		this.kind = kind;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public OutletKind getKind() {
		return kind;
	}

	public String getCountry() {
		return country;
	}

	public String getHomepage() {
		return homepage;
	}

	public String getDescription() {
		return description;
	}

	public long getVersion() {
		return version;
	}

}
