package org.precursor;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Keeps the feature packages in one direction, bottom to top: {@code web}, {@code history}; {@code actor},
 * {@code article}, {@code proposition}; {@code extraction}; {@code claim}; {@code supplychain}, {@code network}, {@code search},
 * {@code home}; {@code api}, {@code export}, {@code feed}; {@code seed}, {@code admin}; {@code generate}, which may use
 * every other one and none may use. A lower feature that shows a higher one's data declares a section or a port (such
 * as {@code ActorPageSection}) that the higher one implements. The README's architecture table says the same.
 */
class ModularityTests {

	static final String[] PACKAGES = { "web", "history", "actor", "article", "proposition", "extraction", "claim", "supplychain",
			"network", "search", "home", "api", "export", "feed", "seed", "admin", "generate" };

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.precursor");

	static LayeredArchitecture dependencyOrder() {
		return layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("web").definedBy("org.precursor.web..")
			.layer("history").definedBy("org.precursor.history..")
			.layer("actor").definedBy("org.precursor.actor..")
			.layer("article").definedBy("org.precursor.article..")
			.layer("proposition").definedBy("org.precursor.proposition..")
			.layer("extraction").definedBy("org.precursor.extraction..")
			.layer("claim").definedBy("org.precursor.claim..")
			.layer("supplychain").definedBy("org.precursor.supplychain..")
			.layer("network").definedBy("org.precursor.network..")
			.layer("search").definedBy("org.precursor.search..")
			.layer("home").definedBy("org.precursor.home..")
			.layer("api").definedBy("org.precursor.api..")
			.layer("export").definedBy("org.precursor.export..")
			.layer("feed").definedBy("org.precursor.feed..")
			.layer("seed").definedBy("org.precursor.seed..")
			.layer("admin").definedBy("org.precursor.admin..")
			.layer("generate").definedBy("org.precursor.generate..")
			.whereLayer("web").mayNotAccessAnyLayer()
			.whereLayer("history").mayOnlyAccessLayers("web")
			.whereLayer("actor").mayOnlyAccessLayers("history", "web")
			.whereLayer("article").mayOnlyAccessLayers("history", "web")
			.whereLayer("proposition").mayOnlyAccessLayers("history", "web")
			.whereLayer("extraction").mayOnlyAccessLayers("actor", "history", "web")
			.whereLayer("claim").mayOnlyAccessLayers("actor", "article", "proposition", "history", "web")
			.whereLayer("supplychain").mayOnlyAccessLayers("claim", "actor", "article", "proposition", "history", "web")
			.whereLayer("network").mayOnlyAccessLayers("claim", "actor", "article", "proposition", "history", "web")
			.whereLayer("search").mayOnlyAccessLayers("claim", "actor", "article", "proposition", "history", "web")
			.whereLayer("home").mayOnlyAccessLayers("claim", "actor", "article", "proposition", "history", "web")
			.whereLayer("api").mayOnlyAccessLayers("supplychain", "extraction", "claim", "actor", "article", "proposition", "history",
					"web")
			.whereLayer("export").mayOnlyAccessLayers("claim", "actor", "article", "proposition", "history", "web")
			.whereLayer("feed").mayOnlyAccessLayers("claim", "actor", "article", "proposition", "history", "web")
			.whereLayer("seed").mayOnlyAccessLayers("supplychain", "network", "claim", "actor", "article",
					"proposition", "history", "web")
			.whereLayer("admin").mayOnlyAccessLayers("api", "export", "feed", "home", "extraction", "supplychain", "network", "search", "claim", "actor",
					"article", "proposition", "history", "web")
			.whereLayer("generate").mayNotBeAccessedByAnyLayer();
	}

	static ArchRule freeOfCycles() {
		return slices().matching("org.precursor.(*)..").should().beFreeOfCycles();
	}

	@Test
	void featurePackagesHaveNoCycles() {
		freeOfCycles().check(MAIN);
	}

	@Test
	void featuresDependOnlyDownwards() {
		dependencyOrder().check(MAIN);
	}

	@Test
	void everyClassBelongsToAPackageInTheOrder() {
		String[] known = new String[PACKAGES.length];
		for (int i = 0; i < PACKAGES.length; i++) {
			known[i] = "org.precursor." + PACKAGES[i] + "..";
		}
		classes().that().resideOutsideOfPackage("org.precursor").should().resideInAnyPackage(known).check(MAIN);
	}

	/** The rules are only worth having if they can fail: a test class in {@code actor} that uses a claim type. */
	@Test
	void theRulesCatchABackReference() {
		JavaClasses withBackReference = new ClassFileImporter().importClasses(
				org.precursor.actor.ModularityProbe.class, org.precursor.claim.ClaimCard.class,
				org.precursor.claim.ClaimFilter.class, org.precursor.actor.ActorRef.class);

		assertThatThrownBy(() -> dependencyOrder().check(withBackReference))
			.hasMessageContaining("ModularityProbe")
			.hasMessageContaining("ClaimFilter");
		assertThatThrownBy(() -> freeOfCycles().check(withBackReference)).hasMessageContaining("Cycle");
	}

}
