package org.precursor.article;

/** An article as lists show it: title, outlets, date and how many claims it reports. */
public record ArticleListing(ArticleRef article, OutletRef outlet, OutletRef originalOutlet, PublicationDate date,
		String authors, String summary, long claims) {

	public static ArticleListing of(Article article, long claims) {
		Outlet original = article.getOriginalOutlet();
		return new ArticleListing(new ArticleRef(article.getId(), article.getTitle()), ref(article.getOutlet()),
				original == null ? null : ref(original),
				PublicationDate.of(article.getPublishedOn(), article.getDatePrecision(), article.getDateNote()),
				article.getAuthors(), article.getSummary(), claims);
	}

	static OutletRef ref(Outlet outlet) {
		return new OutletRef(outlet.getSlug(), outlet.getName());
	}

	public OutletRef reportingOutlet() {
		return originalOutlet != null ? originalOutlet : outlet;
	}

	public boolean isRepublished() {
		return originalOutlet != null;
	}

}
