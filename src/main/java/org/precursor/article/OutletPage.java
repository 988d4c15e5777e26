package org.precursor.article;

import java.util.List;

/** One outlet and its articles; whom it quotes and the sides its claims take come from {@link OutletPageSection}s. */
public record OutletPage(OutletListing outlet, String homepage, List<ArticleListing> articles) {

	/** Whether this outlet is the original reporter of an article that another outlet published. */
	public boolean reported(ArticleListing article) {
		return article.isRepublished() && article.originalOutlet().slug().equals(outlet.outlet().slug());
	}

}
