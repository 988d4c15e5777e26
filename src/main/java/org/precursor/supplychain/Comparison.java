package org.precursor.supplychain;

import java.util.List;

/**
 * Two perspectives side by side: every link either of them speaks to, with where each stands. Each side holds at
 * most {@link SupplyChainLinks#COMPARISON_LIMIT} links; the totals say how many there are in all.
 */
public record Comparison(Perspective left, Perspective right, List<Row> rows, long leftTotal, long rightTotal) {

	public record Row(LinkView link, Position left, Position right, List<EvidenceClaim> leftClaims,
			List<EvidenceClaim> rightClaims) {

		public boolean agree() {
			return left != null && left == right;
		}

		public boolean disagree() {
			return left != null && right != null && left != right;
		}

	}

	public boolean isTruncated() {
		return leftTotal > SupplyChainLinks.COMPARISON_LIMIT || rightTotal > SupplyChainLinks.COMPARISON_LIMIT;
	}

}
