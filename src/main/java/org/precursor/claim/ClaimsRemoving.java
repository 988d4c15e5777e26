package org.precursor.claim;

import java.util.List;

/** Published inside the delete's transaction, before the claims are deleted; a listener may refuse by throwing. */
public record ClaimsRemoving(List<Claim> claims) {
}
