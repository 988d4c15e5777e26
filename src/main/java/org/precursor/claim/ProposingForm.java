package org.precursor.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The text an editor asks claims to be proposed from: pasted, or the article's stored text. */
public class ProposingForm {

	@NotBlank(message = "Paste the article's text to propose claims from.")
	@Size(max = ClaimProposals.LONGEST_TEXT,
			message = "The text is longer than 100,000 characters; propose claims from one part of it at a time.")
	private String articleText;

	public String getArticleText() {
		return articleText;
	}

	public void setArticleText(String articleText) {
		this.articleText = articleText;
	}

}
