package org.precursor.web;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import org.precursor.web.ErrorPages.ParameterProblem;

/**
 * The JSON endpoints answer problems with RFC 9457 problem details instead of the readers' error pages. A parameter
 * that was not understood is named in the detail and in the {@code parameter} and {@code value} members.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(BindException.class)
	ProblemDetail badFilter(BindException ex) {
		return problem(ParameterProblem.of(ex));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
		return problem(List.of(ParameterProblem.of(ex.getName(), ex.getValue(), ex.getRequiredType())));
	}

	@ExceptionHandler(BadRequestException.class)
	ProblemDetail badRequest(BadRequestException ex) {
		return problem(List.of(new ParameterProblem(ex.parameter(), ex.value(), ex.getMessage())));
	}

	private static ProblemDetail problem(List<ParameterProblem> problems) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				String.join(" ", problems.stream().map(ParameterProblem::message).toList()));
		problem.setTitle("A parameter was not understood");
		problem.setProperty("parameter", problems.get(0).parameter());
		problem.setProperty("value", problems.get(0).value());
		if (problems.size() > 1) {
			problem.setProperty("parameters", problems.stream().map(ParameterProblem::parameter).toList());
		}
		return problem;
	}

}
