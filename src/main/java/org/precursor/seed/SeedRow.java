package org.precursor.seed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One tab-separated line of a seed file, read by column name, able to explain exactly where and why it is
 * malformed. A column the file's header leaves out reads as empty.
 */
public record SeedRow(String file, int line, List<String> cells, Map<String, Integer> columns) {

	static SeedRow parse(String file, int line, String text, Map<String, Integer> columns) {
		List<String> cells = Arrays.asList(text.split("\t", -1));
		SeedRow row = new SeedRow(file, line, cells, columns);
		int expected = columns.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
		if (cells.size() != expected) {
			throw row.problem("expected " + expected + " tab-separated columns but found " + cells.size());
		}
		return row;
	}

	public String optional(String column) {
		Integer index = columns.get(column);
		if (index == null) {
			return null;
		}
		String value = cells.get(index).strip();
		return value.isEmpty() ? null : value;
	}

	public String required(String column) {
		String value = optional(column);
		if (value == null) {
			throw problem(column + " is empty");
		}
		return value;
	}

	public List<String> list(String column) {
		String value = optional(column);
		return value == null ? List.of()
				: Arrays.stream(value.split(";")).map(String::strip).filter(item -> !item.isEmpty()).toList();
	}

	public int number(String column) {
		String value = required(column);
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw problem(column + " '" + value + "' is not a whole number");
		}
	}

	public LocalDate date(String column) {
		String value = optional(column);
		try {
			return value == null ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw problem(column + " '" + value + "' is not a date in the form yyyy-MM-dd");
		}
	}

	public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
		String value = required(column);
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw problem(column + " '" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
		}
	}

	/** Looks up a referenced record, failing with the row's position when it does not exist. */
	public <T> T reference(String key, String name, Function<String, T> lookup) {
		T found = lookup.apply(key);
		if (found == null) {
			throw problem("unknown " + name + " '" + key + "'");
		}
		return found;
	}

	public SeedFormatException problem(String message) {
		return new SeedFormatException(position() + ": " + message);
	}

	/**
	 * Where the row is, as problems name it: {@code claims.tsv line 42}, or in a dataset export's section
	 * {@code section "claims" row 42}.
	 */
	public String position() {
		return file + (file.startsWith(DatasetFile.SECTION) ? " row " : " line ") + line;
	}

}
