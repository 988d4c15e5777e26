package org.precursor.network;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.precursor.actor.Actor;
import org.precursor.proposition.Proposition;

/**
 * What taking a side on a proposition means for an actor: supporting "China is the main source of fentanyl
 * precursors" accuses China (and everyone affiliated to it), disputing it defends China. This is how the network
 * tells accusations from defences without reading the claims' words.
 */
@Entity
public class PropositionTarget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Proposition proposition;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Actor actor;

	@Enumerated(EnumType.STRING)
	private Tone supportingMeans;

	@Version
	private long version;

	protected PropositionTarget() {
	}

	public PropositionTarget(Proposition proposition, Actor actor, Tone supportingMeans) {
		this.proposition = proposition;
		this.actor = actor;
		supportingMeans(supportingMeans);
	}

	/** Corrects what supporting the proposition means for the target. */
	public void supportingMeans(Tone means) {
		if (means != Tone.ACCUSES && means != Tone.DEFENDS) {
			throw new IllegalArgumentException("Supporting a proposition either accuses or defends its target.");
		}
		this.supportingMeans = means;
	}

	public Long getId() {
		return id;
	}

	public Proposition getProposition() {
		return proposition;
	}

	public Actor getActor() {
		return actor;
	}

	public Tone getSupportingMeans() {
		return supportingMeans;
	}

}
