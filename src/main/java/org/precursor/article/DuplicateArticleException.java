package org.precursor.article;

/** The article's address, compared canonically, belongs to an article already recorded. */
public class DuplicateArticleException extends RuntimeException {

	private final Long existingId;

	private final String existingTitle;

	DuplicateArticleException(Article existing) {
		super("This article is already recorded.");
		this.existingId = existing.getId();
		this.existingTitle = existing.getTitle();
	}

	/** Refuses an address already used by another article than the one being saved. */
	static void refuseIfTaken(ArticleRepository articles, CanonicalUrl url, Long savingId) {
		articles.findByUrl(url.value())
			.filter(existing -> !existing.getId().equals(savingId))
			.ifPresent(existing -> {
				throw new DuplicateArticleException(existing);
			});
	}

	public Long getExistingId() {
		return existingId;
	}

	public String getExistingTitle() {
		return existingTitle;
	}

}
