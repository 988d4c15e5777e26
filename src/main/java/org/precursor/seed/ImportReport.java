package org.precursor.seed;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did, record type by record type: how many it added, updated and found unchanged. The source's
 * history is not carried over: the import is one revision of its own, by the account that ran it.
 */
public record ImportReport(String fileName, String site, String exportedAt, List<Line> lines, long revisionsInFile,
		Duration took) {

	/** e.g. claims: 12 added, 3 updated, 200 unchanged */
	public record Line(String recordType, int added, int updated, int unchanged) {

		public int total() {
			return added + updated + unchanged;
		}

	}

	static ImportReport of(String fileName, DatasetFile file, Map<String, Integer> changes, Duration took) {
		Map<String, int[]> byType = new TreeMap<>();
		changes.forEach((what, count) -> {
			int space = what.lastIndexOf(' ');
			String type = what.substring(0, space);
			int column = switch (what.substring(space + 1)) {
				case "added" -> 0;
				case "updated" -> 1;
				default -> 2;
			};
			byType.computeIfAbsent(type, key -> new int[3])[column] += count;
		});
		List<Line> lines = byType.entrySet()
			.stream()
			.map(entry -> new Line(entry.getKey(), entry.getValue()[0], entry.getValue()[1], entry.getValue()[2]))
			.toList();
		return new ImportReport(fileName, file.site(), file.exportedAt(), lines, file.revisions(), took);
	}

	/** The same report, with the time the whole import took, commit included. */
	ImportReport taking(Duration time) {
		return new ImportReport(fileName, site, exportedAt, lines, revisionsInFile, time);
	}

	public int added() {
		return lines.stream().mapToInt(Line::added).sum();
	}

	public int updated() {
		return lines.stream().mapToInt(Line::updated).sum();
	}

	public int unchanged() {
		return lines.stream().mapToInt(Line::unchanged).sum();
	}

	/** One line for a log or a terminal. */
	public String summary() {
		StringBuilder summary = new StringBuilder("Imported " + fileName + ": " + added() + " added, " + updated()
				+ " updated, " + unchanged() + " unchanged in " + took.toMillis() + " ms");
		for (Line line : lines) {
			summary.append(System.lineSeparator())
				.append("  ")
				.append(line.recordType())
				.append(": ")
				.append(line.added())
				.append(" added, ")
				.append(line.updated())
				.append(" updated, ")
				.append(line.unchanged())
				.append(" unchanged");
		}
		return summary.toString();
	}

}
