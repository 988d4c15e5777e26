package org.precursor.supplychain;

import java.util.List;

/**
 * One page of the supply-chain map: the links the diagram draws and the table lists (the same ones), with the
 * filter that chose them and where the page sits among all matching links.
 */
public record ChainPage(ChainFilter filter, EvidenceScope scope, List<LinkView> links, int number, int size,
		long totalLinks, int totalPages) {

	public long firstIndex() {
		return links.isEmpty() ? 0 : (long) (number - 1) * size + 1;
	}

	public long lastIndex() {
		return links.isEmpty() ? 0 : firstIndex() + links.size() - 1;
	}

	public boolean hasPrevious() {
		return number > 1;
	}

	public boolean hasNext() {
		return number < totalPages;
	}

	/** The JSON behind this page's diagram: the same filter and page, hence the same links as the table. */
	public String jsonPath() {
		return filter.on("/supply-chain.json", number, customSize());
	}

	public String pagePath(int page) {
		return pagePath("/supply-chain", page);
	}

	/** Another page of the same links in another view of them ({@code /supply-chain/map}). */
	public String pagePath(String view, int page) {
		return filter.on(view, page, customSize());
	}

	private Integer customSize() {
		return size == SupplyChainLinks.DEFAULT_PAGE_SIZE ? null : size;
	}

	public Position positionOf(LinkView link) {
		return link.positionOf(scope);
	}

}
