package org.precursor.api;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.util.LinkedMultiValueMap;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorType;
import org.precursor.article.Article;
import org.precursor.article.DatePrecision;
import org.precursor.article.Outlet;
import org.precursor.claim.Claim;
import org.precursor.claim.ClaimFilter;
import org.precursor.claim.ClaimKind;
import org.precursor.proposition.Proposition;
import org.precursor.proposition.Stance;
import org.precursor.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precursor.support.TestData.aClaim;
import static org.precursor.support.TestData.aCountry;
import static org.precursor.support.TestData.aProposition;
import static org.precursor.support.TestData.aRepublication;
import static org.precursor.support.TestData.anActor;
import static org.precursor.support.TestData.anArticle;
import static org.precursor.support.TestData.anOutlet;

/**
 * The API's documents on every supported database: claims found, counted and paged through the claims list's
 * filters, with their passage, claimants, outlets, dates and stances; lists paged with their totals.
 */
@DatabaseTest
abstract class ApiDocumentsContractTests {

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private ApiDocuments documents;

	private Claim quote;

	@BeforeEach
	void buildTheWorld() {
		Outlet wire = entities.persist(anOutlet("Api Wire"));
		Outlet blog = entities.persist(anOutlet("Api Blog"));
		Article story = entities.persist(anArticle(wire, "Wire story", LocalDate.of(2024, 4, 16)));
		Article copy = aRepublication(blog, wire, "Blog copy", LocalDate.of(2024, 5, 2));
		copy.datedOn(LocalDate.of(2024, 5, 2), DatePrecision.INFERRED, "From the blog's archive");
		entities.persist(copy);
		Actor country = entities.persist(aCountry("Apiland"));
		Actor minister = entities.persist(anActor("Api Minister", ActorType.PERSON));
		Proposition source = entities.persist(aProposition("Apiland is the main source"));

		quote = aClaim(story, minister, ClaimKind.DIRECT_QUOTE, "We stopped every shipment");
		quote.inPassage("“We stopped every shipment,” the minister said.", "said", "the minister");
		quote.madeJointlyWith(List.of(country));
		quote.concerning(List.of(country));
		quote.takeStance(source, Stance.DISPUTES);
		entities.persist(quote);
		for (int i = 1; i <= 4; i++) {
			Claim report = aClaim(copy, country, ClaimKind.REPORTED_SPEECH, "Report number " + i);
			report.placeAt(i);
			report.takeStance(source, Stance.SUPPORTS);
			entities.persist(report);
		}
		entities.flush();
		entities.clear();
	}

	@Test
	void findsAndCountsClaimsByTheClaimsListsFilters() {
		ApiJson.Page<ApiJson.Claim> wire = documents.claims(ClaimFilter.byOutlet("api-wire"), new ApiPaging(1, 2));

		assertThat(wire.total()).isEqualTo(5);
		assertThat(wire.items()).hasSize(2);
		assertThat(wire.totalPages()).isEqualTo(3);
		assertThat(wire.links().next()).isEqualTo("/api/claims?outlet=api-wire&page=2&size=2");
		assertThat(documents.claims(ClaimFilter.byOutlet("api-blog"), new ApiPaging(1, 50)).total()).isEqualTo(4);
		assertThat(documents.claims(ClaimFilter.byClaimant("api-minister", false), new ApiPaging(1, 50)).items())
			.extracting(ApiJson.Claim::content)
			.containsExactly("We stopped every shipment");
		assertThat(documents.claims(ClaimFilter.onProposition("apiland-is-the-main-source").withStance(Stance.SUPPORTS),
				new ApiPaging(1, 50)).total()).isEqualTo(4);
	}

	@Test
	void aPageOfClaimsPastTheEndIsTheLastPage() {
		ApiJson.Page<ApiJson.Claim> page = documents.claims(ClaimFilter.byOutlet("api-wire").atPage(99),
				new ApiPaging(99, 2));

		assertThat(page.page()).isEqualTo(3);
		assertThat(page.items()).hasSize(1);
		assertThat(page.links().next()).isNull();
	}

	@Test
	void showsAClaimWithItsPassageClaimantsOutletsDateAndStances() {
		ApiJson.Claim claim = documents.claim(quote.getId());

		assertThat(claim.content()).isEqualTo("We stopped every shipment");
		assertThat(claim.passage()).isEqualTo("“We stopped every shipment,” the minister said.");
		assertThat(claim.cue()).isEqualTo("said");
		assertThat(claim.speakerMention()).isEqualTo("the minister");
		assertThat(claim.quotation()).isTrue();
		assertThat(claim.claimants()).extracting(ApiJson.Ref::id).containsExactly("api-minister", "apiland");
		assertThat(claim.about()).extracting(ApiJson.Ref::id).containsExactly("apiland");
		assertThat(claim.outlet().id()).isEqualTo("api-wire");
		assertThat(claim.originalOutlet()).isNull();
		assertThat(claim.date()).isEqualTo(new ApiJson.DateValue(LocalDate.of(2024, 4, 16), "STATED", "16 Apr 2024"));
		assertThat(claim.stances()).singleElement().satisfies(stance -> {
			assertThat(stance.proposition().id()).isEqualTo("apiland-is-the-main-source");
			assertThat(stance.stance()).isEqualTo("DISPUTES");
		});
	}

	@Test
	void aRepublishedClaimNamesBothOutletsAndItsInferredDate() {
		ApiJson.Claim report = documents.claims(ClaimFilter.byOutlet("api-blog"), new ApiPaging(1, 1)).items().get(0);

		assertThat(report.outlet().id()).isEqualTo("api-blog");
		assertThat(report.originalOutlet().id()).isEqualTo("api-wire");
		assertThat(report.date().precision()).isEqualTo("INFERRED");
		assertThat(report.date().value()).isEqualTo(LocalDate.of(2024, 5, 2));
	}

	@Test
	void countsEachSideOfAProposition() {
		ApiJson.Proposition proposition = documents.proposition("apiland-is-the-main-source");

		assertThat(proposition.supporting()).isEqualTo(4);
		assertThat(proposition.disputing()).isEqualTo(1);
	}

	@Test
	void pagesActorsAndOutletsWithTheirTotals() {
		long outlets = documents.outlets(new ApiPaging(1, 1)).total();
		ApiJson.Page<ApiJson.Outlet> all = documents.outlets(new ApiPaging(1, 100));

		assertThat(all.total()).isEqualTo(outlets);
		assertThat(all.items()).extracting(ApiJson.Outlet::id).contains("api-wire", "api-blog");
		ApiJson.Page<ApiJson.ActorSummary> actors = documents.actors(new ApiPaging(1, 1));
		assertThat(actors.items()).hasSize(1);
		assertThat(actors.totalPages()).isEqualTo((int) actors.total());
		assertThat(documents.actor("apiland").type().id()).isEqualTo("COUNTRY");
	}

	@Test
	void listsTheClaimsMostRecentlyAddedFirstWhenAsked() {
		ApiJson.Page<ApiJson.Claim> added = documents.claims(ClaimFilter.byOutlet("api-wire")
			.sortedBy(ClaimFilter.Sort.ADDED), new ApiPaging(1, 5));

		assertThat(added.items()).extracting(ApiJson.Claim::content).containsExactly("Report number 4",
				"Report number 3", "Report number 2", "Report number 1", "We stopped every shipment");
		assertThat(added.links().next()).isNull();
		assertThat(added.links().self()).contains("sort=added");
	}

	@Test
	void readsTheFilterFromTheSameParametersAsTheClaimsList() {
		LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("outlet", "api-blog");
		params.add("kind", "reported-speech");

		assertThat(documents.claims(ClaimFilter.parse(params), new ApiPaging(1, 50)).total()).isEqualTo(4);
	}

}
