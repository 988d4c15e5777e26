package org.precursor.export;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 4180: commas, quotes and line breaks survive quoting; other text is written as it is. */
class CsvWriterTests {

	@Test
	void quotesFieldsWithCommasQuotesAndLineBreaksAndEndsLinesWithCrlf() throws Exception {
		List<String> tricky = List.of("plain", "a, b", "he said \"no\"", "two\nlines", "cr\r\nlf", "中国外交部：“美方应停止”");
		StringWriter out = new StringWriter();
		CsvWriter csv = new CsvWriter(out);
		csv.row(tricky);
		csv.row(List.of("second", "row", "", "", "", ""));

		assertThat(out.toString()).startsWith("plain,\"a, b\",\"he said \"\"no\"\"\",\"two\nlines\",\"cr\r\nlf\",中国外交部：“美方应停止”\r\n");
		assertThat(CsvRows.parse(out.toString())).containsExactly(tricky, List.of("second", "row", "", "", "", ""));
	}

	@Test
	void writesNothingForAMissingValue() {
		assertThat(CsvWriter.field(null)).isEmpty();
		assertThat(CsvWriter.field(42L)).isEqualTo("42");
	}

	@Test
	void keepsASpreadsheetFromRunningAFieldAsAFormula() {
		assertThat(CsvWriter.field("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
		assertThat(CsvWriter.field("+1")).isEqualTo("'+1");
		assertThat(CsvWriter.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvWriter.field("- a dash opens reported speech")).isEqualTo("- a dash opens reported speech");
	}

}
