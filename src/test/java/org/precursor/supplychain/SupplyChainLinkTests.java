package org.precursor.supplychain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.precursor.actor.Actor;
import org.precursor.article.Article;
import org.precursor.claim.Claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.precursor.support.TestData.aCountry;
import static org.precursor.support.TestData.aLink;
import static org.precursor.support.TestData.aPlace;
import static org.precursor.support.TestData.aQuote;
import static org.precursor.support.TestData.anArticle;
import static org.precursor.support.TestData.anOutlet;

class SupplyChainLinkTests {

	private final Actor china = aCountry("China");

	private final Actor border = aPlace("US southern border");

	private final Article article = anArticle(anOutlet("Reuters"), "A story", LocalDate.of(2024, 11, 26));

	private final Claim dea = aQuote(article, aCountry("United States"), "Chemicals come from China");

	private final Claim denial = aQuote(article, china, "There is no fentanyl problem in China");

	@Test
	void refusesALinkFromANodeToItself() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SupplyChainLink(china, china, Commodity.FENTANYL, Stage.TRAFFICKING))
			.withMessageContaining("two different");
	}

	@Test
	void refusesALinkWithoutWhatMovesOrItsStage() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SupplyChainLink(china, border, null, Stage.TRAFFICKING));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SupplyChainLink(china, border, Commodity.FENTANYL, null));
	}

	@Test
	void refusesEvidenceThatNoClaimAsserts() {
		SupplyChainLink link = new SupplyChainLink(china, border, Commodity.FENTANYL, Stage.TRAFFICKING);

		assertThatIllegalArgumentException().isThrownBy(() -> link.citeEvidence(List.of(), List.of(denial)))
			.withMessageContaining("at least one claim that asserts it");
	}

	@Test
	void refusesAClaimThatBothAssertsAndDisputes() {
		SupplyChainLink link = new SupplyChainLink(china, border, Commodity.FENTANYL, Stage.TRAFFICKING);

		assertThatIllegalArgumentException().isThrownBy(() -> link.citeEvidence(List.of(dea), List.of(dea)))
			.withMessageContaining("both assert and dispute");
	}

	@Test
	void keepsAssertingAndDisputingClaimsApart() {
		SupplyChainLink link = aLink(china, border, Commodity.FENTANYL, Stage.TRAFFICKING, dea);

		link.citeEvidence(List.of(dea), List.of(denial));

		assertThat(link.claims(EvidenceRole.ASSERTS)).containsExactly(dea);
		assertThat(link.claims(EvidenceRole.DISPUTES)).containsExactly(denial);
	}

	@Test
	void listsChannelsInTheirDeclaredOrderAndDropsBlankText() {
		SupplyChainLink link = aLink(china, border, Commodity.FENTANYL, Stage.TRAFFICKING, dea);

		link.describe(List.of(Channel.INTERNATIONAL_MAIL, Channel.SHIPPING_CONTAINERS), "  ", " Our summary ");

		assertThat(link.getChannels()).containsExactly(Channel.INTERNATIONAL_MAIL, Channel.SHIPPING_CONTAINERS);
		assertThat(link.getPeriod()).isNull();
		assertThat(link.getDescription()).isEqualTo("Our summary");
	}

}
