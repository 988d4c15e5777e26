package org.precursor.supplychain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorType;
import org.precursor.article.Article;
import org.precursor.article.DatePrecision;
import org.precursor.article.Outlet;
import org.precursor.claim.Claim;
import org.precursor.claim.ClaimKind;
import org.precursor.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.precursor.support.TestData.aCountry;
import static org.precursor.support.TestData.aLink;
import static org.precursor.support.TestData.aPlace;
import static org.precursor.support.TestData.aQuote;
import static org.precursor.support.TestData.anActor;
import static org.precursor.support.TestData.anArticle;
import static org.precursor.support.TestData.anOutlet;

/**
 * The supply-chain reads every supported database must answer the same way: filters, chain order, paging,
 * evidence with its outlets, perspectives. Subclasses choose H2 or a real PostgreSQL.
 */
@DatabaseTest
abstract class SupplyChainQueriesContractTests {

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private SupplyChainLinks chain;

	@Autowired
	private JdbcTemplate jdbc;

	private Actor china;

	private Actor border;

	private SupplyChainLink precursors;

	private SupplyChainLink production;

	private SupplyChainLink smuggling;

	@BeforeEach
	void aSmallChain() {
		Outlet reuters = entities.persist(anOutlet("Reuters"));
		Outlet ap = entities.persist(anOutlet("Associated Press"));
		Outlet blog = entities.persist(anOutlet("A blog"));
		Article reutersStory = entities.persist(anArticle(reuters, "Reuters story", LocalDate.of(2024, 6, 20)));
		Article republished = anArticle(blog, "AP story on a blog", LocalDate.of(2024, 4, 16));
		republished.publishedBy(blog, ap);
		entities.persist(republished);

		china = entities.persist(aCountry("China"));
		Actor embassy = anActor("Chinese Embassy", ActorType.GOVERNMENT);
		embassy.affiliateTo(china, "Embassy");
		entities.persist(embassy);
		Actor us = entities.persist(aCountry("United States"));
		Actor dea = anActor("DEA", ActorType.AGENCY);
		dea.affiliateTo(us, "Agency");
		entities.persist(dea);
		Actor chemicals = entities.persist(anActor("Chinese chemical companies", ActorType.COMPANY));
		Actor cartels = entities.persist(anActor("Mexican cartels", ActorType.CRIMINAL_ORGANIZATION));
		border = entities.persist(aPlace("US southern border"));

		Claim deaClaim = entities.persist(new Claim(reutersStory, dea, ClaimKind.REPORTED_SPEECH,
				"Fentanyl is made from Chinese chemicals by the cartels"));
		Claim denial = entities.persist(aQuote(republished, embassy, "There is no fentanyl problem in China"));
		Claim usClaim = entities.persist(aQuote(republished, us, "It crosses the border"));

		precursors = aLink(chemicals, cartels, Commodity.PRECURSOR_CHEMICALS, Stage.SOURCING, deaClaim);
		precursors.citeEvidence(List.of(deaClaim), List.of(denial));
		entities.persist(precursors);
		smuggling = aLink(border, us, Commodity.FENTANYL, Stage.TRAFFICKING, usClaim);
		smuggling.describe(List.of(Channel.LAND_BORDER), null, "Across the border");
		entities.persist(smuggling);
		production = entities.persist(aLink(cartels, border, Commodity.FENTANYL, Stage.PRODUCTION, deaClaim));
		entities.flush();
		entities.clear();
	}

	@Test
	void listsLinksInChainOrderAPageAtATime() {
		ChainPage first = chain.page(ChainFilter.NONE, 1, 2);
		ChainPage second = chain.page(ChainFilter.NONE, 2, 2);

		assertThat(ids(first)).containsExactly(precursors.getId(), production.getId());
		assertThat(ids(second)).containsExactly(smuggling.getId());
		assertThat(first.totalLinks()).isEqualTo(3);
		assertThat(first.totalPages()).isEqualTo(2);
		assertThat(second.hasPrevious()).isTrue();
		assertThat(second.hasNext()).isFalse();
	}

	@Test
	void filtersByWhatMovesAndByStage() {
		assertThat(ids(chain.page(new ChainFilter(Commodity.FENTANYL, null, null, null), 1, 50)))
			.containsExactly(production.getId(), smuggling.getId());
		assertThat(ids(chain.page(new ChainFilter(Commodity.FENTANYL, Stage.TRAFFICKING, null, null), 1, 50)))
			.containsExactly(smuggling.getId());
	}

	@Test
	void filtersByClaimantWithEveryoneAffiliatedToIt() {
		ChainPage asChinaDescribesIt = chain.page(new ChainFilter(null, null, "china", null), 1, 50);

		assertThat(ids(asChinaDescribesIt)).containsExactly(precursors.getId());
		assertThat(asChinaDescribesIt.positionOf(asChinaDescribesIt.links().get(0))).isEqualTo(Position.DISPUTES);
		assertThat(ids(chain.page(new ChainFilter(null, null, "united-states", null), 1, 50)))
			.containsExactly(precursors.getId(), production.getId(), smuggling.getId());
	}

	@Test
	void filtersByTheOutletThatPublishedOrOriginallyReportedTheClaims() {
		assertThat(ids(chain.page(new ChainFilter(null, null, null, "associated-press"), 1, 50)))
			.containsExactly(precursors.getId(), smuggling.getId());
		assertThat(ids(chain.page(new ChainFilter(null, null, null, "a-blog"), 1, 50)))
			.containsExactly(precursors.getId(), smuggling.getId());
		assertThat(ids(chain.page(new ChainFilter(null, null, "dea", "associated-press"), 1, 50))).isEmpty();
	}

	@Test
	void readsEachLinksEvidenceWithItsOutletsAndDates() {
		LinkView link = chain.link(precursors.getId());

		assertThat(link.from().name()).isEqualTo("Chinese chemical companies");
		assertThat(link.asserting()).singleElement().satisfies(claim -> {
			assertThat(claim.claimantName()).isEqualTo("DEA");
			assertThat(claim.reportingOutletName()).isEqualTo("Reuters");
			assertThat(claim.dateLabel()).isEqualTo("20 Jun 2024");
		});
		assertThat(link.disputing()).singleElement().satisfies(claim -> {
			assertThat(claim.text()).isEqualTo("There is no fentanyl problem in China");
			assertThat(claim.quotation()).isTrue();
			assertThat(claim.reportingOutletName()).isEqualTo("Associated Press");
			assertThat(claim.republisherName()).isEqualTo("A blog");
			assertThat(claim.effectivePrecision()).isEqualTo(DatePrecision.STATED);
		});
		assertThat(chain.link(smuggling.getId()).channels()).containsExactly(Channel.LAND_BORDER);
	}

	@Test
	void findsTheLinksInWhichAnActorIsANode() {
		ActorLinks atTheBorder = chain.forActor(border);

		assertThat(atTheBorder.links()).extracting(LinkView::id)
			.containsExactly(production.getId(), smuggling.getId());
		assertThat(atTheBorder.total()).isEqualTo(2);
		assertThat(atTheBorder.isTruncated()).isFalse();
	}

	@Test
	void comparesTwoPerspectivesLinkByLink() {
		Comparison comparison = chain.compare(chain.perspective("actor:united-states"),
				chain.perspective("actor:china"));

		assertThat(comparison.rows()).extracting(row -> row.link().id())
			.containsExactly(precursors.getId(), production.getId(), smuggling.getId());
		Comparison.Row contested = comparison.rows().get(0);
		assertThat(contested.left()).isEqualTo(Position.ASSERTS);
		assertThat(contested.right()).isEqualTo(Position.DISPUTES);
		assertThat(contested.disagree()).isTrue();
		assertThat(contested.rightClaims()).extracting(EvidenceClaim::claimantName).containsExactly("Chinese Embassy");
		assertThat(comparison.rows().get(1).right()).isNull();
		assertThat(comparison.leftTotal()).isEqualTo(3);
		assertThat(comparison.rightTotal()).isEqualTo(1);
	}

	@Test
	void defaultsToTheSourceThatAssertsMostAgainstTheOneThatDisputesMost() {
		assertThat(chain.defaultPerspectives()).extracting(Perspective::token)
			.containsExactly("actor:united-states", "actor:china");
	}

	@Test
	void offersEveryClaimantAndTheBodiesTheyBelongTo() {
		assertThat(chain.options().claimants()).extracting(ActorRef::slug)
			.containsExactly("china", "chinese-embassy", "dea", "united-states");
	}

	@Test
	void theDatabaseRefusesALinkFromANodeToItself() {
		assertThatThrownBy(() -> jdbc.update("insert into supply_chain_link (origin_id, destination_id, moves, stage)"
				+ " values (?, ?, 'FENTANYL', 'TRAFFICKING')", china.getId(), china.getId()))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private static List<Long> ids(ChainPage page) {
		return page.links().stream().map(LinkView::id).toList();
	}

}
