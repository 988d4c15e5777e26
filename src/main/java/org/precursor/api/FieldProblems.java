package org.precursor.api;

import java.util.List;

/**
 * A request the forms' rules refused: each bad field by its path in the request ({@code title},
 * {@code claims[1].text}, {@code claims[0].stances[0].proposition}) with the form's own message. Nothing was saved.
 */
class FieldProblems extends RuntimeException {

	record FieldProblem(String field, String message) {
	}

	private final List<FieldProblem> problems;

	FieldProblems(List<FieldProblem> problems) {
		super(String.join(" ", problems.stream().map(problem -> problem.field() + ": " + problem.message()).toList()));
		this.problems = List.copyOf(problems);
	}

	List<FieldProblem> problems() {
		return problems;
	}

}
