package org.precursor.support;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRepository;
import org.precursor.actor.ActorType;
import org.precursor.article.Article;
import org.precursor.article.ArticleRepository;
import org.precursor.article.CanonicalUrl;
import org.precursor.article.Outlet;
import org.precursor.article.OutletRepository;
import org.precursor.claim.Claim;
import org.precursor.claim.ClaimRepository;
import org.precursor.proposition.Proposition;
import org.precursor.proposition.PropositionRepository;
import org.precursor.web.Slugs;

/**
 * Saves records for tests that run against the whole application, each with a unique name so that tests sharing
 * one database never see each other's records. Built on {@link TestData}.
 */
public final class Fixtures {

	private final OutletRepository outlets;

	private final ArticleRepository articles;

	private final ActorRepository actors;

	private final PropositionRepository propositions;

	private final ClaimRepository claims;

	private Fixtures(ApplicationContext context) {
		this.outlets = context.getBean(OutletRepository.class);
		this.articles = context.getBean(ArticleRepository.class);
		this.actors = context.getBean(ActorRepository.class);
		this.propositions = context.getBean(PropositionRepository.class);
		this.claims = context.getBean(ClaimRepository.class);
	}

	public static Fixtures in(ApplicationContext context) {
		return new Fixtures(context);
	}

	/** A name no other test uses. */
	public static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	public Outlet outlet(String name) {
		return outlets.save(TestData.anOutlet(unique(name)));
	}

	public Article article(String title) {
		return article(title, null);
	}

	public Article article(String title, String body) {
		Article article = TestData.anArticle(outlet("Outlet"), title, LocalDate.of(2024, 4, 16));
		article.locatedAt(CanonicalUrl.of("https://news.example/" + Slugs.of(unique(title))));
		article.describe(null, "en", null, body);
		return articles.save(article);
	}

	public Actor actor(String name, ActorType type) {
		String unique = unique(name);
		return actors.save(new Actor(Slugs.of(unique), unique, type));
	}

	public Proposition proposition(String text) {
		return propositions.save(TestData.aProposition(unique(text)));
	}

	public Claim quote(Article article, Actor claimant, String text) {
		Claim claim = TestData.aQuote(article, claimant, text);
		claim.placeAt(claims.findLastPositionIn(article) + 1);
		return claims.save(claim);
	}

	public Claim save(Claim claim) {
		return claims.save(claim);
	}

	public Actor save(Actor actor) {
		return actors.save(actor);
	}

}
