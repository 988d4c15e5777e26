package org.precursor.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns a seed file may have. A file whose first line is a header ({@code # col1<TAB>col2...}) is read by the
 * names in it, in any order: every required column must be there, optional ones may be left out, and an old name
 * reads as its new one. A file without a header is read by position, in the order of the required columns.
 */
record SeedLayout(List<String> required, List<String> optional, Map<String, String> renamed) {

	static SeedLayout of(String... required) {
		return new SeedLayout(List.of(required), List.of(), Map.of());
	}

	SeedLayout withOptional(String... columns) {
		return new SeedLayout(required, List.of(columns), renamed);
	}

	/** Accepts {@code oldName} in a header for the column now called {@code newName}. */
	SeedLayout renaming(String oldName, String newName) {
		Map<String, String> names = new HashMap<>(renamed);
		names.put(oldName, newName);
		return new SeedLayout(required, optional, Map.copyOf(names));
	}

	/** Columns by position, for a file without a header. */
	Map<String, Integer> positions() {
		Map<String, Integer> positions = new LinkedHashMap<>();
		for (int i = 0; i < required.size(); i++) {
			positions.put(required.get(i), i);
		}
		return positions;
	}

	/** Columns by the names in a header line, checked against the layout. */
	Map<String, Integer> columnsNamedIn(String file, int line, String header) {
		String[] names = header.substring(1).split("\t", -1);
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (int i = 0; i < names.length; i++) {
			String name = renamed.getOrDefault(names[i].strip(), names[i].strip());
			if (!required.contains(name) && !optional.contains(name)) {
				throw new SeedFormatException(file + " line " + line + ": unknown column '" + names[i].strip()
						+ "' (columns: " + String.join(", ", known()) + ")");
			}
			if (columns.putIfAbsent(name, i) != null) {
				throw new SeedFormatException(file + " line " + line + ": column '" + name + "' appears twice");
			}
		}
		List<String> missing = required.stream().filter(name -> !columns.containsKey(name)).toList();
		if (!missing.isEmpty()) {
			throw new SeedFormatException(file + " line " + line + ": the header lacks the required column"
					+ (missing.size() > 1 ? "s '" : " '") + String.join("', '", missing) + "'");
		}
		return columns;
	}

	private List<String> known() {
		List<String> known = new ArrayList<>(required);
		known.addAll(optional);
		return known;
	}

	/** A header names columns, so it holds a tab; any other first comment line is an ordinary comment. */
	static boolean isHeader(String line) {
		return line.startsWith("#") && line.indexOf('\t') >= 0;
	}

}
