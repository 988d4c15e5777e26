package org.precursor.article;

import java.util.Map;

/**
 * A section that a feature built on articles adds to the public outlet page (the claims add whom the outlet quotes
 * and the sides its claims take), so this feature need not depend on it. It is called inside the page's read-only
 * transaction; its model entries are rendered by the page's template.
 */
public interface OutletPageSection {

	Map<String, Object> forOutlet(Outlet outlet);

}
