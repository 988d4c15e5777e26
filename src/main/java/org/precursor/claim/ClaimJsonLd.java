package org.precursor.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.precursor.actor.ActorRef;
import org.precursor.actor.ActorType;
import org.precursor.web.JsonLd;
import org.precursor.web.SiteAddress;

/**
 * A claim page's schema.org description: a {@code Claim} whose author is the claimant (with any joint claimants),
 * whose appearance is the article as a {@code NewsArticle}, with its date, what it is about and the words as text.
 */
final class ClaimJsonLd {

	private ClaimJsonLd() {
	}

	static JsonLd of(ClaimPage page, SiteAddress site) {
		ClaimCard claim = page.claim();
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", "https://schema.org");
		document.put("@type", "Claim");
		document.put("@id", site.of("/claims/" + claim.id()));
		document.put("url", site.of("/claims/" + claim.id()));
		document.put("text", claim.text());
		List<Map<String, Object>> authors = new ArrayList<>();
		authors.add(actor(claim.claimant(), page, site));
		claim.jointClaimants().forEach(joint -> authors.add(actor(joint, page, site)));
		document.put("author", authors.size() == 1 ? authors.get(0) : authors);
		if (claim.date().isKnown()) {
			document.put("datePublished", claim.date().machineValue());
		}
		Map<String, Object> appearance = new LinkedHashMap<>();
		appearance.put("@type", "NewsArticle");
		appearance.put("@id", site.of("/articles/" + claim.article().id()));
		appearance.put("headline", claim.article().title());
		Map<String, Object> publisher = new LinkedHashMap<>();
		publisher.put("@type", "Organization");
		publisher.put("name", claim.reportingOutlet().name());
		publisher.put("url", site.of("/outlets/" + claim.reportingOutlet().slug()));
		appearance.put("publisher", publisher);
		document.put("appearance", appearance);
		List<Map<String, Object>> about = new ArrayList<>();
		page.subjects().forEach(subject -> about.add(actor(subject, page, site)));
		claim.stances().forEach(stance -> {
			Map<String, Object> proposition = new LinkedHashMap<>();
			proposition.put("@type", "Thing");
			proposition.put("name", stance.proposition().text());
			proposition.put("url", site.of("/propositions/" + stance.proposition().slug()));
			about.add(proposition);
		});
		if (!about.isEmpty()) {
			document.put("about", about);
		}
		return JsonLd.of(document);
	}

	private static Map<String, Object> actor(ActorRef actor, ClaimPage page, SiteAddress site) {
		ActorType type = page.types().get(actor.slug());
		Map<String, Object> thing = new LinkedHashMap<>();
		thing.put("@type", type == null ? "Thing" : type.schemaOrgType());
		thing.put("name", actor.name());
		thing.put("url", site.of("/actors/" + actor.slug()));
		return thing;
	}

}
