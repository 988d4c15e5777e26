package org.precursor.supplychain;

import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.precursor.claim.Claim;

/** One claim cited for a supply-chain link, asserting or disputing it. */
@Embeddable
public class Evidence {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Claim claim;

	@Enumerated(EnumType.STRING)
	private EvidenceRole role;

	protected Evidence() {
	}

	Evidence(Claim claim, EvidenceRole role) {
		this.claim = claim;
		this.role = role;
	}

	public Claim getClaim() {
		return claim;
	}

	public EvidenceRole getRole() {
		return role;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Evidence that && role == that.role
				&& Objects.equals(claim.getId(), that.claim.getId())
				&& (claim.getId() != null || claim == that.claim);
	}

	@Override
	public int hashCode() {
		return Objects.hash(claim.getId(), role);
	}

}
