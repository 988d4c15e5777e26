package org.precursor.database;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRepository;
import org.precursor.actor.ActorType;
import org.precursor.actor.Affiliations;
import org.precursor.actor.NameMatch;
import org.precursor.article.Article;
import org.precursor.article.ArticleRepository;
import org.precursor.article.DatePrecision;
import org.precursor.article.Outlet;
import org.precursor.claim.Claim;
import org.precursor.claim.ClaimCard;
import org.precursor.claim.ClaimCount;
import org.precursor.claim.ClaimFilter;
import org.precursor.claim.ClaimKind;
import org.precursor.claim.ClaimRepository;
import org.precursor.claim.ClaimSearch;
import org.precursor.claim.ClaimantStance;
import org.precursor.claim.ComparingStances;
import org.precursor.claim.FacetValue;
import org.precursor.claim.MatchingClaims;
import org.precursor.proposition.Proposition;
import org.precursor.proposition.Stance;
import org.precursor.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.precursor.support.TestData.aClaim;
import static org.precursor.support.TestData.aCountry;
import static org.precursor.support.TestData.aProposition;
import static org.precursor.support.TestData.aRepublication;
import static org.precursor.support.TestData.anActor;
import static org.precursor.support.TestData.anArticle;
import static org.precursor.support.TestData.anOutlet;

/**
 * The queries behind the public pages, on every supported database: each filter of the claims list alone and
 * combined, facet counts that equal what choosing them shows, rolled-up claimants and the affiliation queries.
 * <p>
 * The world: AP's story (16 Apr 2024), republished by a blog (29 Apr); a Reuters report with an inferred date
 * (26 Nov 2024) and an undated Reuters piece. China (alias PRC) has an embassy whose spokesman is Liu Pengyu.
 */
@DatabaseTest
public abstract class PublicQueriesContractTests {

	@Autowired
	protected TestEntityManager entities;

	@Autowired
	protected ClaimSearch search;

	@Autowired
	protected ComparingStances comparing;

	@Autowired
	protected ActorRepository actors;

	@Autowired
	protected Affiliations affiliations;

	@Autowired
	protected ClaimRepository claims;

	@Autowired
	protected ArticleRepository articles;

	private Actor china;

	private Actor embassy;

	private Actor liu;

	private Actor us;

	private Claim gallagherQuote;

	private Claim liuQuote;

	private Claim chinaDenial;

	private Claim usFinding;

	private Claim embassySteps;

	@BeforeEach
	void buildTheWorld() {
		Outlet ap = entities.persist(anOutlet("AP"));
		Outlet blog = entities.persist(anOutlet("A blog"));
		Outlet reuters = entities.persist(anOutlet("Reuters"));
		Article apStory = entities.persist(anArticle(ap, "House report", LocalDate.of(2024, 4, 16)));
		Article republished = entities.persist(aRepublication(blog, ap, "China is killing us", LocalDate.of(2024, 4, 29)));
		Article report = anArticle(reuters, "Special report", LocalDate.of(2024, 11, 26));
		report.datedOn(LocalDate.of(2024, 11, 26), DatePrecision.INFERRED, "From 'on Monday'");
		entities.persist(report);
		Article undated = entities.persist(anArticle(reuters, "Undated note", null));

		china = aCountry("China");
		china.replaceAliases(List.of("PRC", "Beijing"));
		entities.persist(china);
		embassy = anActor("Chinese Embassy", ActorType.GOVERNMENT);
		embassy.affiliateTo(china, "Embassy");
		entities.persist(embassy);
		liu = anActor("Liu Pengyu", ActorType.PERSON);
		liu.affiliateTo(embassy, "Spokesperson");
		entities.persist(liu);
		us = entities.persist(aCountry("United States"));
		Actor gallagher = entities.persist(anActor("Mike Gallagher", ActorType.PERSON));
		Proposition mainSource = entities.persist(aProposition("China is the main source of precursors"));
		Proposition goodFaith = entities.persist(aProposition("China cooperates in good faith"));

		gallagherQuote = claim(apStory, gallagher, ClaimKind.DIRECT_QUOTE, "The CCP wants more fentanyl", 1);
		gallagherQuote.concerning(List.of(china));
		gallagherQuote.takeStance(mainSource, Stance.SUPPORTS);
		liuQuote = claim(republished, liu, ClaimKind.DIRECT_QUOTE, "China has the strictest controls", 1);
		liuQuote.concerning(List.of(china));
		liuQuote.takeStance(mainSource, Stance.DISPUTES);
		liuQuote.takeStance(goodFaith, Stance.SUPPORTS);
		chinaDenial = claim(report, china, ClaimKind.REPORTED_SPEECH, "Beijing rejects the claim", 2);
		chinaDenial.concerning(List.of(us));
		chinaDenial.takeStance(mainSource, Stance.DISPUTES);
		usFinding = claim(report, us, ClaimKind.REPORT_FINDING, "100% of precursors_ come from China", 1);
		usFinding.concerning(List.of(china));
		usFinding.takeStance(mainSource, Stance.SUPPORTS);
		usFinding.madeOn(LocalDate.of(2024, 11, 25));
		embassySteps = claim(undated, embassy, ClaimKind.REPORTED_SPEECH, "The embassy listed its steps", 1);
		List.of(gallagherQuote, liuQuote, chinaDenial, usFinding, embassySteps).forEach(entities::persist);
		entities.flush();
		entities.clear();
	}

	@Test
	void aRolledUpClaimantReadsTheSameClaimsFromTheMaterializedTreeAsFromItsMembersIds() {
		ClaimFilter chinaAndAffiliates = ClaimFilter.byClaimant("china", true);
		assertThat(affiliations.lineageIsCurrent()).as("no change followed yet").isFalse();
		List<String> fromIds = texts(chinaAndAffiliates);
		List<String> sidesFromIds = sidesTaken(List.of("china"), true);

		affiliations.followChanges();

		assertThat(affiliations.lineageIsCurrent()).isTrue();
		assertThat(texts(chinaAndAffiliates)).containsExactlyElementsOf(fromIds)
			.containsExactlyInAnyOrder(liuQuote.getText(), chinaDenial.getText(), embassySteps.getText());
		assertThat(search.matching(chinaAndAffiliates).totals())
			.isEqualTo(new MatchingClaims.Totals(3, 1));
		assertThat(sidesTaken(List.of("china"), true)).containsExactlyInAnyOrderElementsOf(sidesFromIds)
			.containsExactlyInAnyOrder("china:DISPUTES:2", "china:SUPPORTS:1");

		Actor spokesman = entities.find(Actor.class, liu.getId());
		spokesman.affiliateTo(null, null);
		entities.flush();
		assertThat(affiliations.lineageIsCurrent()).as("a change not followed is noticed").isFalse();
		assertThat(texts(chinaAndAffiliates)).containsExactlyInAnyOrder(chinaDenial.getText(), embassySteps.getText());
		affiliations.followChanges();
		assertThat(texts(chinaAndAffiliates)).containsExactlyInAnyOrder(chinaDenial.getText(), embassySteps.getText());
	}

	@Test
	void anOutletMatchesTheArticlesItPublishedAndThoseItOriginallyReported() {
		assertThat(texts(ClaimFilter.byOutlet("ap"))).containsExactlyInAnyOrder(gallagherQuote.getText(), liuQuote.getText());
		assertThat(texts(ClaimFilter.byOutlet("a-blog"))).containsExactly(liuQuote.getText());
		assertThat(texts(ClaimFilter.byOutlet("reuters"))).containsExactlyInAnyOrder(chinaDenial.getText(),
				usFinding.getText(), embassySteps.getText());
		assertThat(texts(ClaimFilter.byOutlet("a-blog").withOutlet("reuters"))).hasSize(4);
		assertThat(texts(ClaimFilter.byOutlet("no-such-outlet"))).isEmpty();
	}

	@Test
	void aClaimantMatchesItsOwnClaimsOrWithRollupThoseOfEveryoneAffiliatedToIt() {
		assertThat(texts(ClaimFilter.byClaimant("china", false))).containsExactly(chinaDenial.getText());
		assertThat(texts(ClaimFilter.byClaimant("china", true))).containsExactlyInAnyOrder(chinaDenial.getText(),
				liuQuote.getText(), embassySteps.getText());
		assertThat(texts(ClaimFilter.byClaimant("chinese-embassy", true))).containsExactlyInAnyOrder(
				liuQuote.getText(), embassySteps.getText());
		assertThat(texts(ClaimFilter.byClaimant("nobody", true))).isEmpty();
	}

	@Test
	void aboutMatchesClaimsConcerningThatActor() {
		assertThat(texts(ClaimFilter.none().withAbout("china"))).containsExactlyInAnyOrder(gallagherQuote.getText(),
				liuQuote.getText(), usFinding.getText());
		assertThat(texts(ClaimFilter.none().withAbout("united-states"))).containsExactly(chinaDenial.getText());
	}

	@Test
	void propositionAndStanceMatchAloneAndTogether() {
		String mainSource = "china-is-the-main-source-of-precursors";
		assertThat(texts(ClaimFilter.onProposition(mainSource))).hasSize(4).doesNotContain(embassySteps.getText());
		assertThat(texts(ClaimFilter.onProposition(mainSource).withStance(Stance.DISPUTES)))
			.containsExactlyInAnyOrder(liuQuote.getText(), chinaDenial.getText());
		assertThat(texts(ClaimFilter.none().withStance(Stance.SUPPORTS))).containsExactlyInAnyOrder(
				gallagherQuote.getText(), liuQuote.getText(), usFinding.getText());
	}

	@Test
	void kindMatchesHowTheClaimWasReported() {
		assertThat(texts(ClaimFilter.none().withKind(ClaimKind.DIRECT_QUOTE))).containsExactlyInAnyOrder(
				gallagherQuote.getText(), liuQuote.getText());
	}

	@Test
	void datesUseTheDayAClaimWasMadeAndLeaveUndatedClaimsOutOfARange() {
		assertThat(texts(ClaimFilter.none().withDates(LocalDate.of(2024, 4, 20), null))).containsExactlyInAnyOrder(
				liuQuote.getText(), chinaDenial.getText(), usFinding.getText());
		assertThat(texts(ClaimFilter.none().withDates(null, LocalDate.of(2024, 11, 25)))).containsExactlyInAnyOrder(
				gallagherQuote.getText(), liuQuote.getText(), usFinding.getText());
	}

	@Test
	void textMatchesTheWordsAndTheNamesAndAliasesOfClaimantsAndSubjects() {
		assertThat(texts(ClaimFilter.none().withQuery("prc"))).containsExactlyInAnyOrder(gallagherQuote.getText(),
				liuQuote.getText(), chinaDenial.getText(), usFinding.getText());
		assertThat(texts(ClaimFilter.none().withQuery("PENGYU"))).containsExactly(liuQuote.getText());
		assertThat(texts(ClaimFilter.none().withQuery("strictest"))).containsExactly(liuQuote.getText());
	}

	@Test
	void textTakesWildcardCharactersLiterally() {
		assertThat(texts(ClaimFilter.none().withQuery("100%"))).containsExactly(usFinding.getText());
		assertThat(texts(ClaimFilter.none().withQuery("_"))).containsExactly(usFinding.getText());
	}

	@Test
	void filtersCombine() {
		assertThat(texts(ClaimFilter.byOutlet("reuters").withAbout("china").withStance(Stance.SUPPORTS)))
			.containsExactly(usFinding.getText());
		assertThat(texts(ClaimFilter.byClaimant("china", true).withOutlet("ap").withKind(ClaimKind.DIRECT_QUOTE)
			.withQuery("strict"))).containsExactly(liuQuote.getText());
		assertThat(texts(ClaimFilter.byClaimant("china", false).withOutlet("ap"))).isEmpty();
	}

	@Test
	void everyFacetCountIsTheNumberOfClaimsChoosingItShows() {
		ClaimFilter base = ClaimFilter.none().withStance(Stance.DISPUTES);
		MatchingClaims matching = search.matching(base);

		assertThat(matching.outletCounts()).extracting(FacetValue::value, FacetValue::count)
			.containsExactlyInAnyOrder(tuple("ap", 1L),
					tuple("a-blog", 1L), tuple("reuters", 1L));
		assertExact(matching.outletCounts(), base::withOutlet);
		assertExact(matching.claimantCounts(), slug -> base.withClaimant(slug, false));
		assertExact(matching.aboutCounts(), base::withAbout);
		assertExact(matching.propositionCounts(), base::withProposition);
		assertExact(search.matching(ClaimFilter.none()).outletCounts(), ClaimFilter.none()::withOutlet);
		assertExact(search.matching(ClaimFilter.none()).propositionCounts(), ClaimFilter.none()::withProposition);
	}

	@Test
	void aFacetIsCountedAsIfItsOwnChoiceWereNotMade() {
		MatchingClaims matching = search.matching(ClaimFilter.byOutlet("ap"));

		assertThat(matching.outletCounts()).extracting(FacetValue::value)
			.containsExactlyInAnyOrder("ap", "a-blog", "reuters");
		assertThat(matching.outletCounts()).filteredOn(FacetValue::selected).extracting(FacetValue::value)
			.containsExactly("ap");
		assertThat(matching.claimantCounts()).extracting(FacetValue::value)
			.containsExactlyInAnyOrder("mike-gallagher", "liu-pengyu");
	}

	@Test
	void listsNewestFirstWithUndatedClaimsLastAndPagesThroughThem() {
		List<String> newest = search.matching(ClaimFilter.none()).page(1, 100).stream().map(ClaimCard::text).toList();
		assertThat(newest).containsExactly(chinaDenial.getText(), usFinding.getText(), liuQuote.getText(),
				gallagherQuote.getText(), embassySteps.getText());

		MatchingClaims oldest = search.matching(ClaimFilter.none().sortedBy(ClaimFilter.Sort.OLDEST));
		assertThat(oldest.page(1, 2)).extracting(ClaimCard::text).containsExactly(gallagherQuote.getText(),
				liuQuote.getText());
		assertThat(oldest.page(3, 2)).extracting(ClaimCard::text).containsExactly(embassySteps.getText());
		assertThat(oldest.count()).isEqualTo(5);
	}

	@Test
	void aCardCarriesItsStancesOutletsAndDate() {
		ClaimCard liuCard = search.matching(ClaimFilter.byClaimant("liu-pengyu", false)).page(1, 1).get(0);

		assertThat(liuCard.isQuotation()).isTrue();
		assertThat(liuCard.claimantAffiliation()).isEqualTo("Spokesperson, Chinese Embassy");
		assertThat(liuCard.outlet().slug()).isEqualTo("a-blog");
		assertThat(liuCard.reportingOutlet().slug()).isEqualTo("ap");
		assertThat(liuCard.date().label()).isEqualTo("29 Apr 2024");
		assertThat(liuCard.stances()).extracting(badge -> badge.proposition().slug(), badge -> badge.stance())
			.containsExactly(tuple("china-cooperates-in-good-faith", Stance.SUPPORTS),
					tuple("china-is-the-main-source-of-precursors", Stance.DISPUTES));
		ClaimCard finding = search.byId(usFinding.getId()).get(0);
		assertThat(finding.date().label()).isEqualTo("c. Nov 2024, inferred");
	}

	@Test
	void listsAnArticlesClaimsInReadingOrderAndFindsRelatedClaims() {
		Long reportId = search.byId(chinaDenial.getId()).get(0).article().id();

		assertThat(search.inArticle(reportId)).extracting(ClaimCard::text).containsExactly(usFinding.getText(),
				chinaDenial.getText());
		assertThat(search.matching(ClaimFilter.onProposition("china-cooperates-in-good-faith")
			.sortedBy(ClaimFilter.Sort.OLDEST)).page(1, 10)).extracting(ClaimCard::text)
			.containsExactly(liuQuote.getText());
	}

	@Test
	void walksAffiliationsUpAndDown() {
		assertThat(affiliations.chainAbove(liu)).extracting(Actor::getSlug)
			.containsExactly("chinese-embassy", "china");
		assertThat(affiliations.treeOf("china")).containsExactlyInAnyOrder(china.getId(), embassy.getId(),
				liu.getId());
		assertThat(affiliations.treeOf("nobody")).isEmpty();
		assertThat(affiliations.treesOf(List.of(embassy.getId(), us.getId())))
			.containsOnlyKeys(embassy.getId(), us.getId())
			.hasEntrySatisfying(embassy.getId(), tree -> assertThat(tree).containsExactlyInAnyOrder(embassy.getId(),
					liu.getId()))
			.hasEntrySatisfying(us.getId(), tree -> assertThat(tree).containsExactly(us.getId()));
		assertThat(affiliations.ancestorsOf(List.of(liu.getId(), us.getId())))
			.containsOnlyKeys(liu.getId())
			.containsEntry(liu.getId(), List.of(embassy.getId(), china.getId()));
		assertThat(affiliations.topOf(List.of(liu.getId(), embassy.getId(), us.getId())))
			.containsEntry(liu.getId(), china.getId())
			.containsEntry(embassy.getId(), china.getId())
			.containsEntry(us.getId(), us.getId());
	}

	@Test
	void theCompareMatrixAndAlliesLeaveOutAnArticleOffTheFentanylTopic() {
		Article report = entities.find(Article.class, chinaDenial.getArticle().getId());
		report.markOffTopic(true);
		entities.flush();

		assertThat(sidesTaken(List.of("china", "united-states"), false)).isEmpty();
		assertThat(stancesOnExcept(List.of("china-is-the-main-source-of-precursors"), List.of(liu.getId())))
			.extracting(stance -> stance.claimant().slug())
			.containsExactly("mike-gallagher");
		assertThat(texts(ClaimFilter.byClaimant("china", false))).as("still listed and searchable")
			.containsExactly(chinaDenial.getText());
	}

	@Test
	void findsActorsByNameOrAliasWithTheMatchingAlias() {
		assertThat(actors.findNamesAndAliasesLike("%prc%")).extracting(match -> match.slug() + "/" + match.alias())
			.containsExactly("china/PRC");
		assertThat(actors.findNamesAndAliasesLike("%pengyu%")).extracting(NameMatch::slug)
			.containsExactly("liu-pengyu");
	}

	@Test
	void countsStancesPerClaimantAndClaimsPerActorAndArticle() {
		assertThat(sidesTaken(List.of("china", "united-states"), false))
			.containsExactlyInAnyOrder("china:DISPUTES:1", "united-states:SUPPORTS:1");
		assertThat(stancesOnExcept(List.of("china-is-the-main-source-of-precursors"),
				List.of(china.getId(), embassy.getId(), liu.getId())))
			.extracting(stance -> stance.claimant().slug())
			.containsExactlyInAnyOrder("mike-gallagher", "united-states");
		assertThat(claims.countAboutEach(List.of(china.getId(), liu.getId()))).singleElement().satisfies(count -> {
			assertThat(count.key()).isEqualTo(china.getId());
			assertThat(count.claims()).isEqualTo(3);
		});
		assertThat(claims.countMadeByEach(List.of(china.getId(), liu.getId())))
			.extracting(ClaimCount::key).containsExactlyInAnyOrder(china.getId(), liu.getId());
		assertThat(claims.findMostClaiming(org.springframework.data.domain.PageRequest.of(0, 1))).hasSize(1);
		assertThat(articles.countPerOutlet()).hasSize(3);
	}

	/** The compare matrix's cells that count a claim, as actor:side:claims. */
	private List<String> sidesTaken(List<String> actorSlugs, boolean rollup) {
		return comparing.compare(actorSlugs, rollup).rows().stream()
			.flatMap(row -> row.cells().stream().flatMap(cell -> java.util.stream.Stream.of(
					cell.supports() > 0 ? row.actor().slug() + ":SUPPORTS:" + cell.supports() : null,
					cell.disputes() > 0 ? row.actor().slug() + ":DISPUTES:" + cell.disputes() : null)))
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	private List<ClaimantStance> stancesOnExcept(List<String> propositions, List<Long> excluded) {
		return claims.findStancesAmongExcept(claims.findNewestTakingSideOn(propositions, PageRequest.of(0, 100)),
				propositions, excluded);
	}

	private List<String> texts(ClaimFilter filter) {
		MatchingClaims matching = search.matching(filter);
		List<String> texts = matching.page(1, 100).stream().map(ClaimCard::text).toList();
		assertThat(matching.count()).as("count agrees with the list").isEqualTo(texts.size());
		return texts;
	}

	private void assertExact(List<FacetValue> facet, Function<String, ClaimFilter> choosing) {
		assertThat(facet).isNotEmpty().allSatisfy(value -> assertThat(search.matching(choosing.apply(value.value())).count())
			.as("claims shown when choosing " + value.value())
			.isEqualTo(value.count()));
	}

	private static Claim claim(Article article, Actor claimant, ClaimKind kind, String text, int position) {
		Claim claim = aClaim(article, claimant, kind, text);
		claim.placeAt(position);
		return claim;
	}

}
