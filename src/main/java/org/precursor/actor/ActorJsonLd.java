package org.precursor.actor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.precursor.web.JsonLd;
import org.precursor.web.SiteAddress;

/**
 * An actor page's schema.org description: a {@code Person}, an {@code Organization} (or a government one, a
 * company, a news organization) or a {@code Country} or {@code Place}, as its type fits, with the body it belongs to.
 */
final class ActorJsonLd {

	private ActorJsonLd() {
	}

	static JsonLd of(ActorPage page, SiteAddress site) {
		ActorProfile actor = page.actor();
		String type = actor.type().schemaOrgType();
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", "https://schema.org");
		document.put("@type", type);
		document.put("@id", site.of("/actors/" + actor.slug()));
		document.put("url", site.of("/actors/" + actor.slug()));
		document.put("name", actor.name());
		if (!actor.aliases().isEmpty()) {
			document.put("alternateName", actor.aliases());
		}
		if (actor.description() != null) {
			document.put("description", actor.description());
		}
		if (type.equals("Person") && actor.role() != null) {
			document.put("jobTitle", actor.role());
		}
		if (!page.chain().isEmpty()) {
			Affiliation parent = page.chain().get(0);
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("@type", parent.type().schemaOrgType());
			body.put("name", parent.actor().name());
			body.put("url", site.of("/actors/" + parent.actor().slug()));
			document.put(switch (type) {
				case "Person" -> "affiliation";
				case "Country", "Place" -> "containedInPlace";
				default -> "parentOrganization";
			}, body);
		}
		return JsonLd.of(document);
	}

}
