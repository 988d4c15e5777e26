package org.precursor.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.precursor.claim.ClaimFilter;
import org.precursor.web.BadRequestException;

@Controller
@Tag(name = "Exports", description = "The data as files, for spreadsheets")
class ExportController {

	private final ClaimsCsv csv;

	private final DatasetJson dataset;

	ExportController(ClaimsCsv csv, DatasetJson dataset) {
		this.csv = csv;
		this.dataset = dataset;
	}

	/** The whole dataset, for researchers and for moving a database; written as it is read. */
	@GetMapping("/export/dataset.json")
	@Operation(summary = "The whole dataset as one JSON document, streamed",
			responses = @ApiResponse(responseCode = "200",
					content = @Content(mediaType = "application/json", schema = @Schema(type = "object"))))
	void dataset(HttpServletResponse response) throws IOException {
		response.setContentType("application/json");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("precursor-dataset.json").build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		dataset.write(response.getOutputStream());
	}

	/**
	 * Every claim of a view of the claims list, written as it is read. The filter is the list's; a value the list
	 * would leave out with a note is refused, so that a download never holds more than was asked.
	 */
	@GetMapping("/export/claims.csv")
	@Operation(summary = "Every claim matching the claims list's filters, as CSV (RFC 4180, UTF-8)",
			responses = @ApiResponse(responseCode = "200",
					content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
	@Parameter(name = "bom", description = "true: start with a byte order mark, for Excel")
	void claims(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
			HttpServletResponse response) throws IOException {
		ClaimFilter filter = ClaimFilter.parse(params);
		if (!filter.ignored().isEmpty()) {
			throw new BadRequestException(null, null, String.join(" ", filter.ignored()));
		}
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("claims.csv").build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		if ("true".equals(params.getFirst("bom"))) {
			out.write('\uFEFF');
		}
		csv.write(filter, out);
		out.flush();
	}

}
