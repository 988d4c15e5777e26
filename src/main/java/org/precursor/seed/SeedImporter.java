package org.precursor.seed;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.precursor.actor.Actor;
import org.precursor.history.RevisionAuthor;
import org.precursor.seed.SeedFindings.Finding;
import org.precursor.seed.SeedReview.Reason;
import org.precursor.web.DataVersion;
import org.precursor.web.StartUpLock;

/**
 * Loads a {@link SeedDataset} into the database, each time in one transaction whose history is recorded as made by
 * the dataset's version ("seed dataset v2"). Into an empty database a dataset loads whole or not at all: a
 * malformed row, or one that refers to something unknown, stops it with the file and line. A database loaded from
 * an older version takes a newer one once, as an upsert on the rows' keys (see {@link ApplyingSeedDataset}); what
 * it cannot or may not apply is listed in {@link SeedReview} instead of stopping it.
 */
@Component
public class SeedImporter {

	private static final Logger log = LoggerFactory.getLogger(SeedImporter.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final ApplyingSeedDataset applying;

	private final SeedReview review;

	private final StartUpLock lock;

	private final DataVersion dataVersion;

	SeedImporter(JdbcTemplate jdbc, PlatformTransactionManager transactions, ApplyingSeedDataset applying,
			SeedReview review, StartUpLock lock, DataVersion dataVersion) {
		this.dataVersion = dataVersion;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.applying = applying;
		this.review = review;
		this.lock = lock;
	}

	public boolean isImported(String name) {
		return importedVersion(name).isPresent();
	}

	/** The version of the named dataset the database holds; imports from before versions existed were 1. */
	public Optional<Integer> importedVersion(String name) {
		List<Integer> versions = jdbc.queryForList("select coalesce(version, 1) from seed_import where name = ?",
				Integer.class, name);
		return versions.stream().findFirst();
	}

	/** Imports the dataset under a name unless one of that name was imported before; returns whether it ran. */
	public boolean importOnce(String name, SeedDataset dataset) {
		return inRevisionsOf(dataset.version(), () -> {
			if (isImported(name)) {
				return false;
			}
			SeedFindings findings = SeedFindings.strict(dataset.author());
			applying.apply(dataset, findings);
			recordImport(name, dataset.checksum(), dataset.version());
			log.info("Loaded seed dataset '{}' version {}: {}", name, dataset.version(), findings.summary());
			dataVersion.changed();
			return true;
		});
	}

	/**
	 * Applies a newer version of a dataset the database already holds; returns whether it ran (not when the
	 * database holds this version or a newer one, nor when it holds none: that is {@link #importOnce}'s).
	 */
	public boolean upgrade(String name, SeedDataset dataset) {
		return inRevisionsOf(dataset.version(), () -> {
			Optional<Integer> held = importedVersion(name);
			if (held.isEmpty() || held.get() >= dataset.version()) {
				return false;
			}
			SeedFindings findings = SeedFindings.lenient(dataset.author());
			applying.apply(dataset, findings);
			list(name, dataset.version(), findings.findings());
			jdbc.update("update seed_import set version = ?, checksum = ?, imported_at = ? where name = ?",
					dataset.version(), dataset.checksum(), Timestamp.from(Instant.now()), name);
			log.info("Applied seed dataset '{}' version {} over version {}: {}; {} for review at /admin/seed-review",
					name, dataset.version(), held.get(), findings.summary(), findings.findings().size());
			dataVersion.changed();
			return true;
		});
	}

	/** A newer dataset that could not be applied at all; start-up goes on with the data as it was. */
	public void listFailedUpgrade(String name, int version, RuntimeException problem) {
		log.error("Seed dataset '{}' version {} was not applied: {}", name, version, problem.getMessage(), problem);
		review.list(name, version, Reason.NOT_APPLIED, "dataset", name, null,
				"Version " + version + " was not applied, nothing of it was written: " + problem.getMessage());
	}

	void list(String name, int version, List<Finding> findings) {
		for (Finding finding : findings) {
			if (finding.reason() == Reason.NOT_APPLIED) {
				log.error("Seed dataset '{}' version {}: {}", name, version, finding.message());
			}
			else {
				log.warn("Seed dataset '{}' version {}: {} '{}': {}", name, version, finding.recordType(),
						finding.recordKey(), finding.message());
			}
			review.list(name, version, finding.reason(), finding.recordType(),
					finding.recordKey() == null ? finding.message() : finding.recordKey(), finding.path(),
					finding.message());
		}
	}

	/**
	 * Runs one transaction, commit included, whose revisions the history shows as the dataset version's. It first
	 * takes the {@link StartUpLock}, so that of several instances starting together on one database one imports and
	 * the others, whose checks inside the work come after the lock, find the dataset imported and do nothing.
	 */
	<T> T inRevisionsOf(int version, Supplier<T> work) {
		return RevisionAuthor.actingAs(SeedDataset.author(version), () -> transactions.execute(status -> {
			lock.holdUntilCommit();
			return work.get();
		}));
	}

	void recordUpgrade(String name, String checksum, int version) {
		jdbc.update("update seed_import set version = ?, checksum = ?, imported_at = ? where name = ?", version,
				checksum, Timestamp.from(Instant.now()), name);
	}

	void recordImport(String name, String checksum, int version) {
		jdbc.update("insert into seed_import (name, checksum, imported_at, version) values (?, ?, ?, ?)", name,
				checksum, Timestamp.from(Instant.now()), version);
	}

	/**
	 * Creates the actors a database does not have yet and returns every actor by slug, new or existing. Existing
	 * actors are left as they are, so a later dataset may list actors that an editor has since changed.
	 */
	Map<String, Actor> importMissingActors(List<SeedRow> rows, Set<String> referenced, String author) {
		return applying.actors(rows, referenced, SeedFindings.strict(author));
	}

}
