package org.precursor.supplychain;

import java.util.List;
import java.util.Set;

/**
 * Which claims count as a perspective on the chain: those made by a set of claimants (an actor and everyone
 * affiliated to it), those reported by an outlet, both, or all claims. {@code null} means "any".
 */
public record EvidenceScope(Set<Long> claimantIds, Long outletId) {

	public static final EvidenceScope ALL = new EvidenceScope(null, null);

	public boolean isAll() {
		return claimantIds == null && outletId == null;
	}

	boolean includes(long claimantId, long outletId, Long originalOutletId) {
		return (claimantIds == null || claimantIds.contains(claimantId)) && (this.outletId == null
				|| this.outletId == outletId || this.outletId.equals(originalOutletId));
	}

	/** The claimant ids as a query parameter: never empty, since "in ()" is not valid SQL. */
	List<Long> claimantIdsForQuery() {
		return claimantIds == null || claimantIds.isEmpty() ? List.of(-1L) : List.copyOf(claimantIds);
	}

}
