package org.precursor.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.precursor.claim.ClaimProposals;
import org.precursor.extraction.ProposedClaim;

/**
 * Proposes the claims in an article's text: its direct quotes and reported speech, each with its speaker matched to
 * a known actor where there is one. Nothing is saved; an editor accepts proposals on the article's admin page. For a
 * signed-in editor's page (with its CSRF token) or a script with an API token, see the security configuration.
 */
@RestController
@Tag(name = "Claim extraction", description = "Proposing the claims in a text, for an editor to review")
class ExtractionController {

	static final String PATH = "/api/extractions";

	private static final String SUMMARY = "Propose the claims in a text; saves nothing";

	private static final String DESCRIPTION = """
			The text comes as the body in text/plain, or as {"text": "..."} in JSON, at most 100,000 characters. Each \
			proposal is a direct quote or reported speech: its words (content, verbatim in the text), the passage \
			that carries them with where they start in it, the attribution cue, the speaker as the text names them \
			and as resolved, with the slug of the known actor matched (or null). Needs an editor's or an admin's \
			account: an API token (Authorization: Bearer), or the session of a signed-in page with its CSRF token \
			in the X-CSRF-TOKEN header.""";

	private final ExtractorProposals extractor;

	ExtractionController(ExtractorProposals extractor) {
		this.extractor = extractor;
	}

	/** The JSON form of the request. */
	record ExtractionRequest(@Schema(description = "The article's text, at most 100,000 characters",
			requiredMode = Schema.RequiredMode.REQUIRED) String text) {
	}

	record Extraction(List<ProposedClaim> claims) {
	}

	@PostMapping(path = PATH, consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = SUMMARY, description = DESCRIPTION, security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "The proposals in reading order; none for a text without "
			+ "attributed statements")
	@ApiResponse(responseCode = "400", description = "No text, as a problem document naming the field",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "401", description = "Neither a signed-in session nor a working API token",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "403", description = "A signed-in session without its page's CSRF token",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "413", description = "A text over 100,000 characters",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	Extraction proposeFromPlainText(@RequestBody(required = false) String text) {
		return propose(text);
	}

	/** The same operation as {@link #proposeFromPlainText}: the description merges the two request forms. */
	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = SUMMARY, description = DESCRIPTION, security = @SecurityRequirement(name = "bearer"))
	Extraction proposeFromJson(@RequestBody ExtractionRequest request) {
		return propose(request.text());
	}

	private Extraction propose(String text) {
		if (text == null || text.isBlank()) {
			throw new NoText();
		}
		if (text.length() > ClaimProposals.LONGEST_TEXT) {
			throw new TextTooLong(text.length());
		}
		return new Extraction(extractor.proposed(text));
	}

	@ExceptionHandler(NoText.class)
	ProblemDetail noText(NoText ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The text is empty: send the article's text, as the body in text/plain or as {\"text\": …} in JSON.");
		problem.setTitle("There is no text to propose claims from");
		problem.setProperty("errors", List.of(Map.of("field", "text", "message", "Send the article's text.")));
		return problem;
	}

	@ExceptionHandler(TextTooLong.class)
	ProblemDetail tooLong(TextTooLong ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "The text has "
				+ ex.length + " characters; at most " + ClaimProposals.LONGEST_TEXT + " are taken at once. Send it in "
				+ "parts.");
		problem.setTitle("The text is too long");
		problem.setProperty("errors", List.of(Map.of("field", "text", "message",
				"At most " + ClaimProposals.LONGEST_TEXT + " characters.")));
		problem.setProperty("limit", ClaimProposals.LONGEST_TEXT);
		return problem;
	}

	@ExceptionHandler(ClaimProposals.Unavailable.class)
	ProblemDetail unavailable(ClaimProposals.Unavailable ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
		problem.setTitle("Claim extraction is not available");
		return problem;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not "
				+ "the JSON this address takes: {\"text\": \"the article's text\"}. Or send the text as text/plain.");
		problem.setTitle("The request could not be read");
		return problem;
	}

	private static final class NoText extends RuntimeException {
	}

	private static final class TextTooLong extends RuntimeException {

		private final int length;

		TextTooLong(int length) {
			this.length = length;
		}

	}

}
