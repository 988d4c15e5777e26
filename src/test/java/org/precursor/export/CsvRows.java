package org.precursor.export;

import java.util.ArrayList;
import java.util.List;

/** Reads RFC 4180 CSV back into rows, strictly, so that tests see what a spreadsheet would. */
final class CsvRows {

	private CsvRows() {
	}

	static List<List<String>> parse(String csv) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int i = 0;
		while (i < csv.length()) {
			char c = csv.charAt(i);
			if (c == '"' && field.isEmpty()) {
				i++;
				while (true) {
					char q = csv.charAt(i);
					if (q == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
						field.append('"');
						i += 2;
					}
					else if (q == '"') {
						i++;
						break;
					}
					else {
						field.append(q);
						i++;
					}
				}
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
				i++;
			}
			else if (c == '\r' && csv.charAt(i + 1) == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i += 2;
			}
			else if (c == '\n' || c == '\r' || c == '"') {
				throw new IllegalArgumentException("Bare " + (int) c + " outside quotes at " + i);
			}
			else {
				field.append(c);
				i++;
			}
		}
		if (!field.isEmpty() || !row.isEmpty()) {
			throw new IllegalArgumentException("The last line does not end with CRLF");
		}
		return rows;
	}

}
