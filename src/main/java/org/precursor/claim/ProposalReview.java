package org.precursor.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The proposals on an article's page, each with its checkbox and its claim form. A rejected row is left out of the
 * request (or set aside by its button), so the rows keep the numbers they were shown with and every refusal stays
 * beside the field it is about.
 */
public class ProposalReview {

	/** The most rows one review holds: the binder takes no more rows of a list (see web.FormRowLimit). */
	static final int MOST_ROWS = 50;

	private List<ProposalRow> proposals = new ArrayList<>();

	/** How many proposals the text gave beyond {@link #MOST_ROWS}; they are not shown. */
	private int leftOut;

	static ProposalReview of(List<ProposalRow> rows) {
		ProposalReview review = new ProposalReview();
		review.proposals = new ArrayList<>(rows.subList(0, Math.min(rows.size(), MOST_ROWS)));
		review.leftOut = rows.size() - review.proposals.size();
		return review;
	}

	/** The numbers of the rows still under review. */
	List<Integer> rowNumbers() {
		return IntStream.range(0, proposals.size()).filter(this::isUnderReview).boxed().toList();
	}

	List<Integer> checkedRows() {
		return rowNumbers().stream().filter(index -> proposals.get(index).isChecked()).toList();
	}

	boolean isUnderReview(int index) {
		return index >= 0 && index < proposals.size() && proposals.get(index) != null
				&& proposals.get(index).isPosted();
	}

	/** Sets a row aside; the others keep their numbers. */
	void setAside(int index) {
		if (index >= 0 && index < proposals.size()) {
			proposals.set(index, null);
		}
	}

	public boolean isEmpty() {
		return rowNumbers().isEmpty();
	}

	public List<ProposalRow> getProposals() {
		return proposals;
	}

	public void setProposals(List<ProposalRow> proposals) {
		this.proposals = proposals;
	}

	public int getLeftOut() {
		return leftOut;
	}

	public void setLeftOut(int leftOut) {
		this.leftOut = leftOut;
	}

}
