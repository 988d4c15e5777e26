package org.precursor.seed;

import org.springframework.context.annotation.Import;

import org.precursor.actor.DeletingActor;
import org.precursor.article.DeletingArticle;
import org.precursor.claim.ClaimRecordBeans;
import org.precursor.network.TargetRecordBeans;
import org.precursor.proposition.DeletingProposition;
import org.precursor.supplychain.LinkRecordBeans;
import org.precursor.web.DataVersion;

/**
 * The seed importers with what applying a newer dataset uses (the delete paths and their listeners), for
 * {@link org.precursor.support.DatabaseTest}: several of them are package-private. Not a component or configuration,
 * so that no component scan picks it up.
 */
@Import({ SeedImporter.class, SupplyChainImporter.class, ApplyingSeedDataset.class, RemovingSeedRecords.class,
		DatasetAuthorship.class, SeedReview.class, DeletingActor.class, DeletingArticle.class,
		DeletingProposition.class, ClaimRecordBeans.class, LinkRecordBeans.class, TargetRecordBeans.class,
		DataVersion.class })
public final class SeedBeans {

	private SeedBeans() {
	}

}
