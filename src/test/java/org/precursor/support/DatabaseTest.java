package org.precursor.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import org.precursor.actor.ActorNames;
import org.precursor.api.ApiDocuments;
import org.precursor.actor.Affiliations;
import org.precursor.actor.SavingActor;
import org.precursor.claim.ClaimSearch;
import org.precursor.claim.ComparingStances;
import org.precursor.export.ClaimsCsv;
import org.precursor.export.DatasetJson;
import org.precursor.claim.RecordingClaim;
import org.precursor.generate.GeneratingDataset;
import org.precursor.network.ActorNetworkBeans;
import org.precursor.seed.SeedBeans;
import org.precursor.supplychain.SupplyChainLinks;
import org.precursor.web.DataVersion;
import org.precursor.web.StartUpLock;

/**
 * The persistence slice for tests that run against a database: JPA, Flyway and the query and import beans of every
 * feature, on the database the test configuration names (H2) or, with {@link OnPostgres}, on PostgreSQL. Every
 * database test declares exactly this, so that Spring builds one context per database and reuses it for all of
 * them; a test that needs another bean imports it here rather than on itself, which would start a context of its
 * own. Classes sharing a context share its database: tests roll back (the {@code @DataJpaTest} default), or, when
 * they must commit, delete what they wrote.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ Affiliations.class, ClaimSearch.class, SupplyChainLinks.class, ActorNetworkBeans.class, SeedBeans.class,
		StartUpLock.class, GeneratingDataset.class, SavingActor.class, ActorNames.class, RecordingClaim.class,
		ComparingStances.class, DataVersion.class, ApiDocuments.class, ClaimsCsv.class, DatasetJson.class })
public @interface DatabaseTest {

}
