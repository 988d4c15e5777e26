package org.precursor.actor;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import org.hibernate.envers.Audited;

/** The slug of an actor merged into another, kept so that old links lead to the surviving actor. */
@Entity
@Audited
public class ActorRedirect {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String oldSlug;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Actor actor;

	protected ActorRedirect() {
	}

	ActorRedirect(String oldSlug, Actor actor) {
		this.oldSlug = oldSlug;
		this.actor = actor;
	}

	void pointTo(Actor survivor) {
		this.actor = survivor;
	}

	public Long getId() {
		return id;
	}

	public String getOldSlug() {
		return oldSlug;
	}

	public Actor getActor() {
		return actor;
	}

}
