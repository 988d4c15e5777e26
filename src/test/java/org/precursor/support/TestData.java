package org.precursor.support;

import java.time.LocalDate;
import java.util.List;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorType;
import org.precursor.article.Article;
import org.precursor.article.DatePrecision;
import org.precursor.article.Outlet;
import org.precursor.article.OutletKind;
import org.precursor.claim.Claim;
import org.precursor.claim.ClaimKind;
import org.precursor.proposition.Proposition;
import org.precursor.supplychain.Commodity;
import org.precursor.supplychain.Stage;
import org.precursor.supplychain.SupplyChainLink;
import org.precursor.web.Slugs;

/** Small builders so each test states only what matters to it. */
public final class TestData {

	private TestData() {
	}

	public static Outlet anOutlet(String name) {
		return new Outlet(Slugs.of(name), name, OutletKind.WIRE_SERVICE);
	}

	public static Article anArticle(Outlet outlet, String title, LocalDate publishedOn) {
		Article article = new Article(outlet, title);
		article.datedOn(publishedOn, DatePrecision.STATED, null);
		return article;
	}

	public static Actor anActor(String name, ActorType type) {
		return new Actor(Slugs.of(name), name, type);
	}

	public static Actor aCountry(String name) {
		Actor country = anActor(name, ActorType.COUNTRY);
		country.rename(name, ActorType.COUNTRY, name);
		return country;
	}

	public static Proposition aProposition(String text) {
		return new Proposition(Slugs.of(text), text, null);
	}

	public static Claim aQuote(Article article, Actor claimant, String text) {
		return new Claim(article, claimant, ClaimKind.DIRECT_QUOTE, text);
	}

	public static Actor aPlace(String name) {
		return anActor(name, ActorType.PLACE);
	}

	/** A link with the claims that assert it and none that dispute it. */
	public static SupplyChainLink aLink(Actor from, Actor to, Commodity moves, Stage stage, Claim... asserting) {
		SupplyChainLink link = new SupplyChainLink(from, to, moves, stage);
		link.citeEvidence(List.of(asserting), List.of());
		return link;
	}

}
