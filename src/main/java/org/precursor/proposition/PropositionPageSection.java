package org.precursor.proposition;

import java.util.Map;

/**
 * A section that a feature built on propositions adds to the public proposition page (the claims add who supports
 * and who disputes it), so this feature need not depend on them. Its model entries are rendered by the template.
 */
public interface PropositionPageSection {

	/** Model entries for the page of this proposition, called inside the page's read-only transaction. */
	Map<String, Object> forProposition(Proposition proposition);

}
