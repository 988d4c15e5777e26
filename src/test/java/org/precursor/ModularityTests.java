package org.precursor;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the feature packages independent of the admin and seed packages, which sit on top of them. */
class ModularityTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.precursor");

	@Test
	void featuresDoNotDependOnTheSeedImporter() {
		noClasses().that().resideOutsideOfPackage("org.precursor.seed..")
			.should().dependOnClassesThat().resideInAPackage("org.precursor.seed..")
			.check(classes);
	}

	@Test
	void featuresDoNotDependOnAdmin() {
		noClasses().that().resideOutsideOfPackage("org.precursor.admin..")
			.should().dependOnClassesThat().resideInAPackage("org.precursor.admin..")
			.check(classes);
	}

	@Test
	void historyKnowsNoFeatureOnlyTheRecordTypesTheyDeclare() {
		noClasses().that().resideInAPackage("org.precursor.history..")
			.should().dependOnClassesThat().resideInAnyPackage("org.precursor.actor..", "org.precursor.article..",
					"org.precursor.claim..", "org.precursor.proposition..", "org.precursor.admin..")
			.check(classes);
	}

	@Test
	void entitiesDoNotDependOnTheWebLayer() {
		noClasses().that().areAnnotatedWith(jakarta.persistence.Entity.class)
			.should().dependOnClassesThat().resideInAPackage("org.springframework.web..")
			.check(classes);
	}

}
