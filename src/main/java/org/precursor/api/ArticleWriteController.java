package org.precursor.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.precursor.article.DuplicateArticleException;

/**
 * Adds an article with its claims from a script, with a bearer token (see the security configuration): answered
 * with {@code 201 Created} and the new article, {@code 422} naming each refused field, or {@code 409} pointing at
 * the article that already has the address.
 */
@RestController
@Tag(name = "Write API", description = "Adding articles and their claims, with an API token")
class ArticleWriteController {

	private final AddingArticleWithClaims adding;

	private final ApiDocuments documents;

	ArticleWriteController(AddingArticleWithClaims adding, ApiDocuments documents) {
		this.adding = adding;
		this.documents = documents;
	}

	@PostMapping(path = "/api/articles", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add an article and its claims, under the admin forms' rules (needs a Bearer token)",
			security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<ApiJson.Article> add(@RequestBody NewArticle article) {
		Long id = adding.add(article);
		return ResponseEntity.created(URI.create("/api/articles/" + id)).body(documents.article(id));
	}

	@ExceptionHandler(FieldProblems.class)
	ProblemDetail refused(FieldProblems ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"Nothing was saved. " + ex.getMessage());
		problem.setTitle("The article was not accepted");
		List<Map<String, String>> errors = ex.problems().stream()
			.map(field -> Map.of("field", field.field(), "message", field.message()))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(DuplicateArticleException.class)
	ResponseEntity<ProblemDetail> duplicate(DuplicateArticleException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "An article with this address "
				+ "is already recorded: “" + ex.getExistingTitle() + "”. Nothing was saved.");
		problem.setTitle("This article is already recorded");
		String existing = "/api/articles/" + ex.getExistingId();
		problem.setProperty("existing", existing);
		return ResponseEntity.status(HttpStatus.CONFLICT).location(URI.create(existing)).body(problem);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not "
				+ "the JSON this address takes: an object with the article's fields and its claims. See /v3/api-docs.");
		problem.setTitle("The request could not be read");
		return problem;
	}

}
