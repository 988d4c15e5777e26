package org.precursor.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.precursor.history.AddedInBulk;
import org.precursor.history.RevisionAuthor;
import org.precursor.web.DataVersion;
import org.precursor.web.StartUpLock;

/**
 * Imports a dataset export ({@code /export/dataset.json}) in one transaction, through the seed dataset's upsert
 * ({@link ApplyingSeedDataset} in its import mode, then {@link SupplyChainImporter}): records are matched by slug,
 * seed key or what identifies them, added when missing, updated when the file says otherwise, and left alone when
 * they already say the same; nothing is removed. Importing the same file twice changes nothing the second time. The
 * first bad row refuses the whole file, naming the row and the reason, and the database is left as it was. The
 * history records the import as one revision by the account that ran it; the records it adds get their history in
 * bulk ({@link AddedInBulk}), so that a million of them take minutes.
 */
@Component
public class ImportingDataset {

	private static final Logger log = LoggerFactory.getLogger(ImportingDataset.class);

	/** An import of millions of rows may run for many minutes; the transaction must not be cut short. */
	private static final int TIMEOUT_SECONDS = 3 * 60 * 60;

	private final TransactionTemplate transactions;

	private final ApplyingSeedDataset applying;

	private final SupplyChainImporter supplyChain;

	private final StartUpLock lock;

	private final DataVersion dataVersion;

	private final Clock clock;

	private final AddedInBulk addedInBulk;

	ImportingDataset(PlatformTransactionManager transactions, ApplyingSeedDataset applying,
			SupplyChainImporter supplyChain, StartUpLock lock, DataVersion dataVersion, Clock clock,
			AddedInBulk addedInBulk) {
		this.addedInBulk = addedInBulk;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setTimeout(TIMEOUT_SECONDS);
		this.applying = applying;
		this.supplyChain = supplyChain;
		this.lock = lock;
		this.dataVersion = dataVersion;
		this.clock = clock;
	}

	/**
	 * Imports the file, its history recorded as made by {@code username}; throws
	 * {@link DatasetImportRefusedException} when nothing was written.
	 */
	public ImportReport importFile(Path file, String username, ImportProgress progress) {
		return importFile(file, file.getFileName().toString(), username, progress);
	}

	/** Imports a file known by another name, such as an upload kept in a temporary file. */
	ImportReport importFile(Path file, String name, String username, ImportProgress progress) {
		Instant started = clock.instant();
		DatasetFile dataset = read(file, name, progress);
		String author = abbreviated(username + " importing " + name);
		try {
			ImportReport report = RevisionAuthor.actingAs(author, () -> transactions.execute(status -> {
				lock.holdUntilCommit();
				SeedFindings findings = SeedFindings.importing(author, progress);
				addedInBulk.adding(() -> {
					ApplyingSeedDataset.Applied applied = applying.apply(dataset.core(), findings);
					supplyChain.importDataset(dataset.links(), dataset.targets(), applied, findings);
					progress.advanced("saving", 0, 0);
					return applied;
				});
				dataVersion.changed();
				return ImportReport.of(name, dataset, findings.changes(), Duration.ZERO);
			}));
			report = report.taking(Duration.between(started, clock.instant()));
			log.info(report.summary());
			return report;
		}
		catch (SeedFormatException ex) {
			throw refused(name, ex.getMessage(), ex);
		}
		catch (DataAccessException ex) {
			throw refused(name, "the database refused a row: " + ex.getMostSpecificCause().getMessage(), ex);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw refused(name, ex.getMessage(), ex);
		}
	}

	private static DatasetFile read(Path file, String name, ImportProgress progress) {
		try (InputStream in = Files.newInputStream(file)) {
			long size = Files.size(file);
			progress.advanced("reading the file", 0, size);
			return DatasetFile.read(in, bytes -> progress.advanced("reading the file", bytes, size));
		}
		catch (SeedFormatException ex) {
			throw refused(name, ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw refused(name, "the file cannot be read: " + ex.getMessage(), ex);
		}
	}

	private static DatasetImportRefusedException refused(String name, String reason, Exception cause) {
		log.warn("Import of {} refused, nothing was written: {}", name, reason);
		return new DatasetImportRefusedException(
				"Nothing was imported from " + name + ": " + reason + ". The data is as it was before.", cause);
	}

	/** The history keeps an author in 100 characters. */
	private static String abbreviated(String author) {
		return author.length() <= 100 ? author : author.substring(0, 99) + "…";
	}

}
