package org.precursor.claim;

import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.precursor.proposition.Proposition;
import org.precursor.proposition.Stance;

/** The side a claim takes on one contested proposition. */
@Embeddable
public class PropositionStance {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Proposition proposition;

	@Enumerated(EnumType.STRING)
	private Stance stance;

	protected PropositionStance() {
	}

	public PropositionStance(Proposition proposition, Stance stance) {
		this.proposition = proposition;
		this.stance = stance;
	}

	public Proposition getProposition() {
		return proposition;
	}

	public Stance getStance() {
		return stance;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PropositionStance that && stance == that.stance
				&& Objects.equals(proposition.getId(), that.proposition.getId())
				&& (proposition.getId() != null || proposition == that.proposition);
	}

	@Override
	public int hashCode() {
		return Objects.hash(proposition.getId(), stance);
	}

}
