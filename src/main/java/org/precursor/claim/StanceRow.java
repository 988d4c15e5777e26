package org.precursor.claim;

import org.precursor.proposition.Stance;

/** One row of the claim form's stances: a proposition and the side the claim takes on it. */
public class StanceRow {

	private Long proposition;

	private Stance stance;

	public StanceRow() {
	}

	StanceRow(Long proposition, Stance stance) {
		this.proposition = proposition;
		this.stance = stance;
	}

	boolean isEmpty() {
		return proposition == null && stance == null;
	}

	public Long getProposition() {
		return proposition;
	}

	public void setProposition(Long proposition) {
		this.proposition = proposition;
	}

	public Stance getStance() {
		return stance;
	}

	public void setStance(Stance stance) {
		this.stance = stance;
	}

}
