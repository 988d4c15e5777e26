package org.precursor.support;

import java.time.LocalDate;
import java.util.List;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRef;
import org.precursor.actor.ActorType;
import org.precursor.article.Article;
import org.precursor.article.ArticleRef;
import org.precursor.article.DatePrecision;
import org.precursor.article.Outlet;
import org.precursor.article.OutletKind;
import org.precursor.article.OutletRef;
import org.precursor.article.PublicationDate;
import org.precursor.claim.Claim;
import org.precursor.claim.ClaimCard;
import org.precursor.claim.ClaimKind;
import org.precursor.claim.StanceBadge;
import org.precursor.proposition.Proposition;
import org.precursor.proposition.PropositionRef;
import org.precursor.proposition.Stance;

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

	public static Claim aClaim(Article article, Actor claimant, ClaimKind kind, String text) {
		return new Claim(article, claimant, kind, text);
	}

	public static Article aRepublication(Outlet publisher, Outlet original, String title, LocalDate publishedOn) {
		Article article = anArticle(publisher, title, publishedOn);
		article.publishedBy(publisher, original);
		return article;
	}

	/** A claim as pages show it: a Reuters report by the named claimant, taking the given sides. */
	public static ClaimCard aCard(long id, String claimant, String text, StanceBadge... stances) {
		return new ClaimCard(id, ClaimKind.REPORTED_SPEECH, text, null, new ActorRef(claimant, nameOf(claimant)), null,
				new ArticleRef(1L, "Talks"), new OutletRef("reuters", "Reuters"), null,
				PublicationDate.of(LocalDate.of(2024, 6, 20), DatePrecision.STATED, null), List.of(stances));
	}

	/** A direct quote as pages show it, from an AP story republished by a blog, with an inferred date. */
	public static ClaimCard aQuoteCard(long id, String claimant, String text, StanceBadge... stances) {
		return new ClaimCard(id, ClaimKind.DIRECT_QUOTE, text, "Our summary.", new ActorRef(claimant, nameOf(claimant)),
				"Spokesperson, Chinese Embassy", new ArticleRef(2L, "China is killing us"),
				new OutletRef("unidentified-blog", "Unidentified blog"), new OutletRef("ap", "Associated Press"),
				PublicationDate.of(LocalDate.of(2018, 12, 1), DatePrecision.INFERRED, "Inferred from the G20."),
				List.of(stances));
	}

	public static StanceBadge supports(String proposition) {
		return new StanceBadge(new PropositionRef(proposition, textOf(proposition)), Stance.SUPPORTS);
	}

	public static StanceBadge disputes(String proposition) {
		return new StanceBadge(new PropositionRef(proposition, textOf(proposition)), Stance.DISPUTES);
	}

	/** "liu-pengyu" becomes "Liu Pengyu": readable names for slugs used in tests. */
	public static String nameOf(String slug) {
		StringBuilder name = new StringBuilder();
		for (String word : slug.split("-")) {
			name.append(name.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
		}
		return name.toString();
	}

	private static String textOf(String propositionSlug) {
		return nameOf(propositionSlug) + ".";
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
