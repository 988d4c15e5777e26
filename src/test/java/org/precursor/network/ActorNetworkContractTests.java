package org.precursor.network;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorType;
import org.precursor.article.Article;
import org.precursor.article.Outlet;
import org.precursor.claim.Claim;
import org.precursor.network.ActorNetwork.Edge;
import org.precursor.network.ActorNetwork.Kind;
import org.precursor.network.NetworkFilter.Connections;
import org.precursor.proposition.Proposition;
import org.precursor.proposition.Stance;
import org.precursor.support.DatabaseTest;
import org.precursor.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.precursor.support.TestData.aCountry;
import static org.precursor.support.TestData.aProposition;
import static org.precursor.support.TestData.aQuote;
import static org.precursor.support.TestData.anActor;
import static org.precursor.support.TestData.anArticle;
import static org.precursor.support.TestData.anOutlet;

/** The actor network every supported database must build the same way. Subclasses choose H2 or PostgreSQL. */
@DatabaseTest
abstract class ActorNetworkContractTests {

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private ActorNetworks networks;

	private Article reutersStory;

	private Article apStory;

	@BeforeEach
	void claimsAboutChina() {
		Outlet reuters = entities.persist(anOutlet("Reuters"));
		Outlet ap = entities.persist(anOutlet("AP"));
		reutersStory = entities.persist(anArticle(reuters, "Reuters story", LocalDate.of(2024, 11, 26)));
		apStory = entities.persist(anArticle(ap, "AP story", LocalDate.of(2024, 4, 16)));
		Actor china = entities.persist(aCountry("China"));
		Actor embassy = anActor("Chinese Embassy", ActorType.GOVERNMENT);
		embassy.affiliateTo(china, "Embassy");
		entities.persist(embassy);
		Actor us = entities.persist(aCountry("United States"));
		Actor dea = entities.persist(anActor("DEA", ActorType.AGENCY));
		Proposition mainSource = entities.persist(aProposition("China is the main source of precursors"));
		Proposition goodFaith = entities.persist(aProposition("China cooperates in good faith"));
		entities.persist(new PropositionTarget(mainSource, china, Tone.ACCUSES));
		entities.persist(new PropositionTarget(goodFaith, china, Tone.DEFENDS));

		claim(reutersStory, dea, china, mainSource, Stance.SUPPORTS);
		claim(apStory, embassy, china, mainSource, Stance.DISPUTES);
		claim(apStory, embassy, us, null, null);
		claim(reutersStory, us, embassy, goodFaith, Stance.DISPUTES);
		claim(reutersStory, us, china, mainSource, Stance.SUPPORTS);
		entities.flush();
		entities.clear();
	}

	@Test
	void coloursClaimsAboutAnActorByWhetherTheyAccuseOrDefendIt() {
		ActorNetwork network = networks.build(new NetworkFilter(null, null, Connections.CLAIMS_ABOUT));

		assertThat(network.edges()).extracting(edge -> edge.source().slug(), edge -> edge.target().slug(), Edge::tone)
			.containsExactlyInAnyOrder(
					tuple("dea", "china", Tone.ACCUSES),
					tuple("chinese-embassy", "china", Tone.DEFENDS),
					tuple("chinese-embassy", "united-states", Tone.MENTIONS),
					tuple("united-states", "china", Tone.ACCUSES),
					tuple("united-states", "chinese-embassy", Tone.ACCUSES));
	}

	@Test
	void joinsActorsOnTheSameAndOnOppositeSides() {
		ActorNetwork network = networks.build(new NetworkFilter(null, null, Connections.SIDES));

		assertThat(network.edges()).extracting(edge -> edge.source().slug(), edge -> edge.target().slug(), Edge::kind)
			.containsExactlyInAnyOrder(
					tuple("dea", "united-states", Kind.SAME_SIDE),
					tuple("chinese-embassy", "dea", Kind.OPPOSITE_SIDE),
					tuple("chinese-embassy", "united-states", Kind.OPPOSITE_SIDE));
		assertThat(network.edges()).allSatisfy(edge -> assertThat(edge.propositions()).singleElement()
			.satisfies(proposition -> assertThat(proposition.slug()).isEqualTo("china-is-the-main-source-of-precursors")));
	}

	@Test
	void sizesActorsByTheClaimsTheyMadeAndCountsClaimsAboutThem() {
		ActorNetwork network = networks.build(new NetworkFilter(null, null, null));

		assertThat(network.nodes()).extracting(ActorNetwork.Node::slug, ActorNetwork.Node::claims,
				ActorNetwork.Node::mentions)
			.contains(tuple("china", 0L, 3L), tuple("chinese-embassy", 2L, 1L), tuple("united-states", 2L, 1L),
					tuple("dea", 1L, 0L));
		assertThat(network.nodesTotal()).isEqualTo(4);
		assertThat(network.isTruncated()).isFalse();
	}

	@Test
	void leavesOutTheClaimsOfAnArticleOffTheFentanylTopic() {
		Article offTopic = entities.find(Article.class, apStory.getId());
		offTopic.markOffTopic(true);
		entities.flush();

		ActorNetwork network = networks.build(new NetworkFilter(null, null, null));

		assertThat(network.edges()).extracting(edge -> edge.source().slug(), edge -> edge.target().slug(), Edge::tone)
			.doesNotContain(tuple("chinese-embassy", "china", Tone.DEFENDS),
					tuple("chinese-embassy", "united-states", Tone.MENTIONS));
		assertThat(networks.build(new NetworkFilter(null, "ap", null)).edges()).isEmpty();
	}

	@Test
	void keepsOnlyClaimsReportedByTheChosenOutlet() {
		ActorNetwork network = networks.build(new NetworkFilter(null, "ap", null));

		assertThat(network.edges()).extracting(edge -> edge.source().slug(), edge -> edge.target().slug(), Edge::tone)
			.containsExactlyInAnyOrder(tuple("chinese-embassy", "china", Tone.DEFENDS),
					tuple("chinese-embassy", "united-states", Tone.MENTIONS));
	}

	@Test
	void keepsOnlyClaimsTakingASideOnTheChosenProposition() {
		ActorNetwork network = networks.build(new NetworkFilter("china-cooperates-in-good-faith", null, null));

		assertThat(network.nodes()).extracting(ActorNetwork.Node::slug)
			.containsExactlyInAnyOrder("united-states", "chinese-embassy");
		assertThat(network.edges()).singleElement().satisfies(edge -> {
			assertThat(edge.kind()).isEqualTo(Kind.CLAIMS_ABOUT);
			assertThat(edge.tone()).isEqualTo(Tone.ACCUSES);
		});
	}

	@Test
	void centresTheNetworkOnOneActorWithExactlyItsNeighboursAndOnlyItsOwnConnections() {
		ActorNetwork network = networks.build(new NetworkFilter(null, null, null, "dea", null));

		assertThat(network.centre().slug()).isEqualTo("dea");
		// DEA claims about China, supports what the United States supports and the embassy disputes
		assertThat(network.nodes()).extracting(ActorNetwork.Node::slug)
			.containsExactlyInAnyOrder("dea", "china", "united-states", "chinese-embassy");
		assertThat(network.edges()).extracting(edge -> edge.source().slug(), edge -> edge.target().slug(), Edge::kind)
			.containsExactlyInAnyOrder(
					tuple("dea", "china", Kind.CLAIMS_ABOUT),
					tuple("dea", "united-states", Kind.SAME_SIDE),
					tuple("chinese-embassy", "dea", Kind.OPPOSITE_SIDE));
		assertThat(network.nodesTotal()).isEqualTo(4);
	}

	@Test
	void centresTheNetworkOnAnActorOthersOnlySpeakAbout() {
		ActorNetwork network = networks.build(new NetworkFilter(null, null, null, "china", null));

		assertThat(network.nodes()).extracting(ActorNetwork.Node::slug)
			.containsExactlyInAnyOrder("china", "dea", "united-states", "chinese-embassy");
		assertThat(network.edges()).allSatisfy(edge -> {
			assertThat(edge.target().slug()).isEqualTo("china");
			assertThat(edge.kind()).isEqualTo(Kind.CLAIMS_ABOUT);
		});
	}

	@Test
	void keepsToOneSideAndToTheStrongestNeighboursWhenAsked() {
		assertThat(networks.build(new NetworkFilter(null, null, Connections.SAME_SIDE, "dea", null)).nodes())
			.extracting(ActorNetwork.Node::slug).containsExactlyInAnyOrder("dea", "united-states");
		assertThat(networks.build(new NetworkFilter(null, null, Connections.OPPOSITE_SIDE, "dea", null)).nodes())
			.extracting(ActorNetwork.Node::slug).containsExactlyInAnyOrder("dea", "chinese-embassy");

		ActorNetwork narrow = networks.build(new NetworkFilter(null, null, null, "dea", 1));
		assertThat(narrow.nodes()).hasSize(2);
		assertThat(narrow.nodesTotal()).isEqualTo(4);
	}

	@Test
	void startsFromTheMostActiveActor() {
		// China: three claims about it; the embassy and the United States: two made and one about each
		assertThat(networks.mostActive(new NetworkFilter(null, null, null))).contains("china");
	}

	@Test
	void onOnePropositionSaysWhichSideEachActorTook() {
		ActorNetwork network = networks.build(new NetworkFilter("china-is-the-main-source-of-precursors", null, null));

		assertThat(network.nodes()).extracting(node -> node.slug(), network::sideOf)
			.contains(tuple("dea", "SUPPORTS"), tuple("united-states", "SUPPORTS"), tuple("chinese-embassy", "DISPUTES"),
					tuple("china", null));
	}

	@Test
	void refusesAnUnknownProposition() {
		assertThatThrownBy(() -> networks.build(new NetworkFilter("no-such-thing", null, null)))
			.isInstanceOf(NotFoundException.class);
	}

	private void claim(Article article, Actor claimant, Actor about, Proposition proposition, Stance stance) {
		Claim claim = aQuote(article, claimant, "Words about " + about.getName());
		claim.concerning(List.of(about));
		if (proposition != null) {
			claim.takeStance(proposition, stance);
		}
		entities.persist(claim);
	}

}
