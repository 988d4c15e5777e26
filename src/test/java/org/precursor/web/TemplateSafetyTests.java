package org.precursor.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content-Security-Policy allows no inline scripts or styles, so templates must not contain any: they would
 * silently stop working. Text is always escaped, so no template may write unescaped text.
 */
class TemplateSafetyTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final List<Pattern> FORBIDDEN = List.of(
			Pattern.compile("<script(?![^>]*\\bsrc=)(?![^>]*\\btype=\"application/ld\\+json\")[^>]*>",
					Pattern.CASE_INSENSITIVE),
			// Unescaped inlining, except the JSON-LD data block, which web.JsonLd escapes for its element
			Pattern.compile("\\[\\((?!\\$\\{jsonLd\\.json\\}\\)\\])"),
			Pattern.compile("<style\\b", Pattern.CASE_INSENSITIVE),
			Pattern.compile("\\s(th:)?style\\s*=", Pattern.CASE_INSENSITIVE),
			Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE),
			Pattern.compile("th:utext", Pattern.CASE_INSENSITIVE),
			Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE));

	@Test
	void noTemplateHasInlineScriptsStylesEventHandlersOrUnescapedText() throws IOException {
		List<String> problems = new ArrayList<>();
		int checked = 0;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file, StandardCharsets.UTF_8);
				for (Pattern pattern : FORBIDDEN) {
					Matcher match = pattern.matcher(html);
					while (match.find()) {
						problems.add(TEMPLATES.relativize(file) + ": " + match.group().strip());
					}
				}
				checked++;
			}
		}

		assertThat(checked).isGreaterThan(10);
		assertThat(problems).isEmpty();
	}

	/** A page can hold two search forms (the header's and its own): each landmark needs a name to tell them apart. */
	@Test
	void everySearchLandmarkHasAName() throws IOException {
		Pattern searchForm = Pattern.compile("<form\\b[^>]*role=\"search\"[^>]*>", Pattern.DOTALL);
		List<String> unnamed = new ArrayList<>();
		int found = 0;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
				Matcher form = searchForm.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (form.find()) {
					found++;
					if (!form.group().contains("aria-label=\"")) {
						unnamed.add(TEMPLATES.relativize(file).toString());
					}
				}
			}
		}

		assertThat(found).isGreaterThanOrEqualTo(3);
		assertThat(unnamed).isEmpty();
	}

	@Test
	void theCheckCatchesWhatItLooksFor() {
		String bad = "<div onclick=\"x()\" style=\"color:red\"><script>alert(1)</script><p th:utext=\"${x}\"></p></div>";

		assertThat(FORBIDDEN.stream().filter(pattern -> pattern.matcher(bad).find()).count()).isEqualTo(4);
		assertThat(FORBIDDEN).noneMatch(pattern -> pattern
			.matcher("<script type=\"application/ld+json\" th:if=\"${jsonLd != null}\">[(${jsonLd.json})]</script>")
			.find());
		assertThat(FORBIDDEN).anyMatch(pattern -> pattern.matcher("<p>[(${claim.text})]</p>").find());
		assertThat(FORBIDDEN).anyMatch(pattern -> pattern.matcher("<script type=\"text/javascript\">x()</script>").find());
		assertThat(FORBIDDEN.stream().noneMatch(pattern -> pattern.matcher("<script th:src=\"@{/js/a.js}\" defer></script>").find()))
			.isTrue();
	}

}
