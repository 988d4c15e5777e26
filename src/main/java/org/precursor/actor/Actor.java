package org.precursor.actor;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import org.precursor.web.UniqueNames;

/**
 * Anyone who makes claims or is claimed about: a country, a ministry, an agency, an official, a cartel, a
 * company or a typed unnamed source. An actor may be affiliated to a parent (spokesperson -> embassy -> China).
 */
@Entity
@Audited
public class Actor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	/** The name as its unique constraint compares it: no two actors differ only in case (merge them instead). */
	@NotAudited
	private String nameKey;

	@Enumerated(EnumType.STRING)
	private ActorType type;

	private String country;

	@ManyToOne(fetch = FetchType.LAZY)
	private Actor parent;

	private String role;

	private String description;

	@ElementCollection
	@CollectionTable(name = "actor_alias", joinColumns = @JoinColumn(name = "actor_id"))
	@Column(name = "alias")
	private Set<String> aliases = new LinkedHashSet<>();

	@Version
	private long version;

	protected Actor() {
	}

	public Actor(String slug, String name, ActorType type) {
		this.slug = slug;
		this.name = name;
		this.nameKey = UniqueNames.key(name);
		this.type = type;
	}

	public void rename(String name, ActorType type, String country) {
		this.name = name;
		this.nameKey = UniqueNames.key(name);
		this.type = type;
		this.country = country == null || country.isBlank() ? null : country.strip();
	}

	public void describe(String description) {
		this.description = description == null || description.isBlank() ? null : description.strip();
	}

	/**
	 * Affiliates this actor to a parent with a role. Refuses a parent that would make the chain circular or deeper
	 * than {@link Affiliations#MAX_DEPTH}, since pages walk the chain from person to body to country.
	 */
	public void affiliateTo(Actor parent, String role) {
		int depth = 0;
		// Through getters, not fields: a lazily loaded parent is a proxy whose own fields are empty.
		for (Actor ancestor = parent; ancestor != null; ancestor = ancestor.getParent()) {
			if (ancestor == this || (id != null && id.equals(ancestor.getId()))) {
				throw new IllegalArgumentException(name + " cannot be affiliated to " + parent.getName()
						+ ": that would make the affiliation circular.");
			}
			if (++depth >= Affiliations.MAX_DEPTH) {
				throw new IllegalArgumentException(name + " cannot be affiliated to " + parent.getName()
						+ ": the chain of affiliations would be more than " + Affiliations.MAX_DEPTH + " deep.");
			}
		}
		this.parent = parent;
		this.role = role == null || role.isBlank() ? null : role.strip();
	}

	public void replaceAliases(Collection<String> newAliases) {
		aliases.clear();
		newAliases.stream().map(String::strip).filter(alias -> !alias.isEmpty()).forEach(aliases::add);
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

	public ActorType getType() {
		return type;
	}

	public String getCountry() {
		return country;
	}

	public Actor getParent() {
		return parent;
	}

	public String getRole() {
		return role;
	}

	public String getDescription() {
		return description;
	}

	public Set<String> getAliases() {
		return Set.copyOf(aliases);
	}

	public long getVersion() {
		return version;
	}

}
