package org.precursor.seed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** One tab-separated line of a seed file, able to explain exactly where and why it is malformed. */
public record SeedRow(String file, int line, List<String> cells) {

	public static SeedRow parse(String file, int line, String text, int expectedColumns) {
		List<String> cells = Arrays.asList(text.split("\t", -1));
		SeedRow row = new SeedRow(file, line, cells);
		if (cells.size() != expectedColumns) {
			throw row.problem("expected " + expectedColumns + " tab-separated columns but found " + cells.size());
		}
		return row;
	}

	public String optional(int column) {
		String value = cells.get(column).strip();
		return value.isEmpty() ? null : value;
	}

	public String required(int column, String name) {
		String value = optional(column);
		if (value == null) {
			throw problem(name + " is empty");
		}
		return value;
	}

	public List<String> list(int column) {
		String value = optional(column);
		return value == null ? List.of()
				: Arrays.stream(value.split(";")).map(String::strip).filter(item -> !item.isEmpty()).toList();
	}

	public LocalDate date(int column, String name) {
		String value = optional(column);
		try {
			return value == null ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw problem(name + " '" + value + "' is not a date in the form yyyy-MM-dd");
		}
	}

	public <E extends Enum<E>> E enumValue(int column, String name, Class<E> type) {
		String value = required(column, name);
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw problem(name + " '" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
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
		return new SeedFormatException(file + " line " + line + ": " + message);
	}

}
