package org.precursor.actor;

/** What kind of party an actor is; drives grouping on the actors page and the icon beside each name. */
public enum ActorType {

	COUNTRY("Country", "Countries"),
	GOVERNMENT("Government body", "Governments and ministries"),
	LEGISLATURE("Legislature", "Legislatures and committees"),
	AGENCY("Agency", "Agencies"),
	PERSON("Person", "People"),
	CRIMINAL_ORGANIZATION("Criminal organization", "Criminal organizations"),
	COMPANY("Company", "Companies"),
	INTERNATIONAL_BODY("International body", "International bodies"),
	MEDIA("Media", "Media"),
	ORGANIZATION("Organization", "Organizations and institutes"),
	GROUP("Group", "Groups"),
	UNNAMED_SOURCE("Unnamed source", "Unnamed sources"),
	PLACE("Place", "Places");

	private final String label;

	private final String pluralLabel;

	ActorType(String label, String pluralLabel) {
		this.label = label;
		this.pluralLabel = pluralLabel;
	}

	public String label() {
		return label;
	}

	public String pluralLabel() {
		return pluralLabel;
	}

	/** The schema.org type that describes an actor of this kind in a page's structured data. */
	public String schemaOrgType() {
		return switch (this) {
			case PERSON, UNNAMED_SOURCE -> "Person";
			case COUNTRY -> "Country";
			case PLACE -> "Place";
			case GOVERNMENT, LEGISLATURE, AGENCY -> "GovernmentOrganization";
			case COMPANY -> "Corporation";
			case MEDIA -> "NewsMediaOrganization";
			case CRIMINAL_ORGANIZATION, INTERNATIONAL_BODY, ORGANIZATION, GROUP -> "Organization";
		};
	}

}
