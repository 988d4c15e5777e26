package org.precursor.database;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.flywaydb.core.Flyway;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.beans.factory.annotation.Value;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRepository;
import org.precursor.actor.ActorType;
import org.precursor.actor.Affiliations;
import org.precursor.article.Article;
import org.precursor.article.ArticleRepository;
import org.precursor.article.CanonicalUrl;
import org.precursor.article.Outlet;
import org.precursor.article.OutletRepository;
import org.precursor.claim.Claim;
import org.precursor.claim.ClaimRepository;
import org.precursor.proposition.Proposition;
import org.precursor.proposition.PropositionRepository;
import org.precursor.proposition.Stance;
import org.precursor.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.precursor.support.TestData.aCountry;
import static org.precursor.support.TestData.aProposition;
import static org.precursor.support.TestData.aQuote;
import static org.precursor.support.TestData.anActor;
import static org.precursor.support.TestData.anArticle;
import static org.precursor.support.TestData.anOutlet;

/**
 * The repository behaviour every supported database must show. Subclasses choose the database: H2 as the
 * embedded default and a real PostgreSQL as in production.
 */
@DatabaseTest
public abstract class RepositoryContractTests {

	@Autowired
	protected TestEntityManager entities;

	@Autowired
	protected OutletRepository outlets;

	@Autowired
	protected ArticleRepository articles;

	@Autowired
	protected ActorRepository actors;

	@Autowired
	protected Affiliations affiliations;

	@Autowired
	protected PropositionRepository propositions;

	@Autowired
	protected ClaimRepository claims;

	@Autowired
	private Flyway flyway;

	@Value("${spring.jpa.hibernate.ddl-auto}")
	private String schemaMode;

	@Test
	void migratesAnEmptyDatabaseAndLetsHibernateValidateIt() {
		assertThat(flyway.info().applied()).isNotEmpty()
			.allSatisfy(migration -> assertThat(migration.getState().isFailed()).isFalse());
		assertThat(flyway.info().pending()).isEmpty();
		assertThat(schemaMode).isEqualTo("validate");
	}

	@Test
	void findsOutletBySlugAndName() {
		outlets.save(anOutlet("Global News"));

		assertThat(outlets.findBySlug("global-news")).map(Outlet::getName).contains("Global News");
		assertThat(outlets.findByNameIgnoreCase("global news")).isPresent();
		assertThat(outlets.findBySlug("reuters")).isEmpty();
	}

	@Test
	void refusesTwoOutletsWithOneSlug() {
		outlets.saveAndFlush(anOutlet("Reuters"));

		assertThatThrownBy(() -> outlets.saveAndFlush(anOutlet("Reuters")))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void refusesTwoArticlesWithOneCanonicalUrl() {
		Outlet ap = outlets.save(anOutlet("Associated Press"));
		Article first = anArticle(ap, "First", LocalDate.of(2024, 4, 16));
		first.locatedAt(CanonicalUrl.of("https://apnews.com/article/china-fentanyl/"));
		articles.saveAndFlush(first);
		Article second = anArticle(ap, "Second", LocalDate.of(2024, 4, 16));
		second.locatedAt(CanonicalUrl.of("HTTPS://APNEWS.com/article/china-fentanyl?utm_source=x#top"));

		assertThatThrownBy(() -> articles.saveAndFlush(second)).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void findsAnArticleByItsCanonicalUrl() {
		Outlet ap = outlets.save(anOutlet("Associated Press"));
		Article article = anArticle(ap, "First", LocalDate.of(2024, 4, 16));
		article.locatedAt(CanonicalUrl.of("https://apnews.com/article/china-fentanyl/"));
		articles.saveAndFlush(article);

		assertThat(articles.findByUrl(CanonicalUrl.of("https://APNEWS.com/article/china-fentanyl#x").value()))
			.map(Article::getTitle).contains("First");
	}

	@Test
	void findsArticlesAnOutletPublishedOrOriginallyReported() {
		Outlet blog = outlets.save(anOutlet("A blog"));
		Outlet ap = outlets.save(anOutlet("AP"));
		Article republished = anArticle(blog, "Republished AP story", LocalDate.of(2024, 4, 16));
		republished.publishedBy(blog, ap);
		articles.save(republished);
		articles.save(anArticle(blog, "Blog's own post", LocalDate.of(2024, 4, 29)));
		entities.flush();
		entities.clear();

		assertThat(articles.findPublishedOrReportedBy(ap, org.springframework.data.domain.PageRequest.of(0, 10))).extracting(Article::getTitle)
			.containsExactly("Republished AP story");
		assertThat(articles.findPublishedOrReportedBy(blog, org.springframework.data.domain.PageRequest.of(0, 10))).extracting(Article::getTitle)
			.containsExactly("Blog's own post", "Republished AP story");
	}

	@Test
	void findsActorsByNameOrAlias() {
		Actor china = aCountry("China");
		china.replaceAliases(List.of("PRC", "Beijing"));
		actors.save(china);
		actors.save(aCountry("Mexico"));
		entities.flush();
		entities.clear();

		assertThat(actors.findByNameOrAliasContaining("prc")).extracting(Actor::getSlug).containsExactly("china");
		assertThat(actors.findByNameOrAliasContaining("Mex")).extracting(Actor::getSlug).containsExactly("mexico");
		assertThat(actors.findBySlug("china").orElseThrow().getAliases()).containsExactlyInAnyOrder("PRC", "Beijing");
	}

	@Test
	void walksTheWholeAffiliationTree() {
		List<Actor> chain = chinaItsEmbassyAndItsSpokesperson();
		Actor china = chain.get(0);
		Actor embassy = chain.get(1);
		Actor spokesperson = chain.get(2);
		Actor mexico = actors.save(aCountry("Mexico"));
		entities.flush();

		assertThat(affiliations.treeOf(china.getId()))
			.containsExactlyInAnyOrder(china.getId(), embassy.getId(), spokesperson.getId())
			.doesNotContain(mexico.getId());
		assertThat(actors.findByParentOrderByNameAsc(embassy)).extracting(Actor::getName).containsExactly("Liu Pengyu");
	}

	@Test
	void walksTheWholeAffiliationChainOfAnActorReadBackFromTheDatabase() {
		chinaItsEmbassyAndItsSpokesperson();
		entities.flush();
		entities.clear();

		Actor reloaded = actors.findBySlug("liu-pengyu").orElseThrow();

		assertThat(affiliations.chainAbove(reloaded)).extracting(Actor::getSlug)
			.containsExactly("chinese-embassy-in-washington", "china");
	}

	/** The application refuses circles, but a database damaged by hand must not make a page walk forever. */
	@Test
	void stopsWalkingACircleOfAffiliationsMadeOutsideTheApplication() {
		List<Actor> chain = chinaItsEmbassyAndItsSpokesperson();
		entities.flush();
		entities.getEntityManager().createNativeQuery("update actor set parent_id = :spokesperson where id = :china")
			.setParameter("spokesperson", chain.get(2).getId())
			.setParameter("china", chain.get(0).getId())
			.executeUpdate();
		entities.clear();

		assertThat(affiliations.treeOf(chain.get(0).getId())).containsExactlyInAnyOrder(chain.get(0).getId(),
				chain.get(1).getId(), chain.get(2).getId());
		assertThat(affiliations.ancestorsOf(List.of(chain.get(2).getId())).get(chain.get(2).getId()))
			.hasSize(Affiliations.MAX_DEPTH);
	}

	@Test
	void storesClaimsWithTheirSubjectsAndStances() {
		Outlet reuters = outlets.save(anOutlet("Reuters"));
		Article article = articles.save(anArticle(reuters, "Talks", LocalDate.of(2024, 6, 20)));
		Actor china = actors.save(aCountry("China"));
		Actor us = actors.save(aCountry("United States"));
		Actor spokeswoman = actors.save(anActor("Mao Ning", ActorType.PERSON));
		Proposition rootCause = propositions.save(aProposition("The root cause lies in the US itself"));
		Claim second = aQuote(article, spokeswoman, "The root cause of the drug epidemic in the U.S. lies in the U.S. itself");
		second.placeAt(2);
		second.concerning(List.of(us));
		second.takeStance(rootCause, Stance.SUPPORTS);
		claims.save(second);
		Claim first = aQuote(article, spokeswoman, "China firmly opposes");
		first.placeAt(1);
		first.concerning(List.of(china, us));
		claims.save(first);
		entities.flush();
		entities.clear();

		List<Claim> inOrder = claims.findByArticleInReadingOrder(articles.findById(article.getId()).orElseThrow());
		assertThat(inOrder).extracting(Claim::getText)
			.containsExactly("China firmly opposes", "The root cause of the drug epidemic in the U.S. lies in the U.S. itself");
		Claim reloaded = inOrder.get(1);
		assertThat(reloaded.getStances()).singleElement().satisfies(stance -> {
			assertThat(stance.getStance()).isEqualTo(Stance.SUPPORTS);
			assertThat(stance.getProposition().getSlug()).isEqualTo(rootCause.getSlug());
		});
		assertThat(reloaded.getEffectiveDate()).isEqualTo(LocalDate.of(2024, 6, 20));
		assertThat(claims.countAbout(us)).isEqualTo(2);
		assertThat(claims.countAbout(china)).isEqualTo(1);
		assertThat(claims.countByClaimant(spokeswoman)).isEqualTo(2);
	}

	@Test
	void replacesAnEarlierStanceOnTheSameProposition() {
		Outlet reuters = outlets.save(anOutlet("Reuters"));
		Article article = articles.save(anArticle(reuters, "Talks", LocalDate.of(2024, 6, 20)));
		Actor official = actors.save(anActor("An official", ActorType.UNNAMED_SOURCE));
		Proposition goodFaith = propositions.save(aProposition("China cooperates in good faith"));
		Claim claim = aQuote(article, official, "They are cooperating");
		claim.takeStance(goodFaith, Stance.SUPPORTS);
		claim.takeStance(goodFaith, Stance.DISPUTES);
		claims.saveAndFlush(claim);
		entities.clear();

		assertThat(claims.findById(claim.getId()).orElseThrow().getStances())
			.extracting(stance -> stance.getStance()).containsExactly(Stance.DISPUTES);
	}

	/** China, its embassy affiliated to it, and the embassy's spokesperson affiliated to the embassy, saved. */
	private List<Actor> chinaItsEmbassyAndItsSpokesperson() {
		Actor china = actors.save(aCountry("China"));
		Actor embassy = anActor("Chinese Embassy in Washington", ActorType.GOVERNMENT);
		embassy.affiliateTo(china, "Embassy");
		actors.save(embassy);
		Actor spokesperson = anActor("Liu Pengyu", ActorType.PERSON);
		spokesperson.affiliateTo(embassy, "Spokesperson");
		actors.save(spokesperson);
		return List.of(china, embassy, spokesperson);
	}

}
