package org.precursor.api;

import java.util.ArrayList;
import java.util.List;

import org.precursor.actor.ActorRef;
import org.precursor.actor.ActorType;
import org.precursor.article.Outlet;
import org.precursor.article.OutletRef;
import org.precursor.article.PublicationDate;
import org.precursor.claim.ClaimCard;
import org.precursor.claim.ClaimContext;
import org.precursor.claim.StanceBadge;

/** Records of the site as the API names them: their identifier, name and page. */
final class ApiRefs {

	private ApiRefs() {
	}

	static ApiJson.Ref actor(String slug, String name) {
		return new ApiJson.Ref(slug, name, "/actors/" + slug);
	}

	static ApiJson.Ref outlet(Outlet outlet) {
		return outlet == null ? null : outlet(new OutletRef(outlet.getSlug(), outlet.getName()));
	}

	static ApiJson.Ref outlet(OutletRef outlet) {
		return outlet == null ? null : new ApiJson.Ref(outlet.slug(), outlet.name(), "/outlets/" + outlet.slug());
	}

	static ApiJson.Term type(ActorType type) {
		return new ApiJson.Term(type.name(), type.label());
	}

	static ApiJson.DateValue date(PublicationDate date) {
		return new ApiJson.DateValue(date.date(), date.precision().name(), date.label());
	}

	static ApiJson.Claim claim(ClaimCard card, List<ApiJson.Ref> about) {
		List<ApiJson.Ref> claimants = new ArrayList<>();
		claimants.add(actor(card.claimant()));
		card.jointClaimants().stream().map(ApiRefs::actor).forEach(claimants::add);
		ClaimContext context = card.context();
		return new ApiJson.Claim(String.valueOf(card.id()), "/claims/" + card.id(),
				new ApiJson.Term(card.kind().name(), card.kind().label()), card.isQuotation(), card.text(),
				context == null ? null : context.passage(), context == null ? null : context.cue(),
				context == null ? null : context.speakerMention(), card.summary(), claimants,
				card.claimantAffiliation(),
				new ApiJson.Ref(String.valueOf(card.article().id()), card.article().title(),
						"/articles/" + card.article().id()),
				outlet(card.outlet()), outlet(card.originalOutlet()), date(card.date()),
				card.stances().stream().map(ApiRefs::stance).toList(), List.copyOf(about), "/api/claims/" + card.id());
	}

	private static ApiJson.Ref actor(ActorRef actor) {
		return actor(actor.slug(), actor.name());
	}

	private static ApiJson.StanceTaken stance(StanceBadge badge) {
		return new ApiJson.StanceTaken(new ApiJson.Ref(badge.proposition().slug(), badge.proposition().text(),
				"/propositions/" + badge.proposition().slug()), badge.stance().name());
	}

}
