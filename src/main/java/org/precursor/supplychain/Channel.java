package org.precursor.supplychain;

/** How something moves along a supply-chain link. */
public enum Channel {

	ONLINE_SALES("Online sales"),
	AIR_CARGO("Air shipments"),
	INTERNATIONAL_MAIL("International mail and express consignment"),
	SHIPPING_CONTAINERS("Shipping containers"),
	LAND_BORDER("Land border"),
	EXPORT_TAX_REBATES("Export tax rebates"),
	UNDERGROUND_BANKING("Underground banking"),
	CRYPTOCURRENCY("Cryptocurrency");

	private final String label;

	Channel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
