package org.precursor.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns missing records, malformed addresses and parameters that cannot be understood into readable pages instead
 * of stack traces. A bad parameter is named with the value that was sent, so the reader can see what to change.
 */
@ControllerAdvice
class ErrorPages {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(NotFoundException ex) {
		ModelAndView page = new ModelAndView("error/404");
		page.addObject("message", ex.getMessage());
		return page;
	}

	@ExceptionHandler(RecordInUseException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView inUse(RecordInUseException ex) {
		ModelAndView page = new ModelAndView("error/in-use");
		page.addObject("message", ex.getMessage());
		return page;
	}

	@ExceptionHandler(NoResourceFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView noSuchPage() {
		return new ModelAndView("error/404");
	}

	/** A record number in the path that is not a number names no record: 404. A query parameter is a 400. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badIdentifier(MethodArgumentTypeMismatchException ex) {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			ModelAndView page = new ModelAndView("error/404");
			page.setStatus(HttpStatus.NOT_FOUND);
			page.addObject("message", "“" + BadRequestException.shortened(String.valueOf(ex.getValue()))
					+ "” is not a valid " + ex.getName() + ".");
			return page;
		}
		return badRequest(List.of(ParameterProblem.of(ex.getName(), ex.getValue(), ex.getRequiredType())));
	}

	/** A filter that could not be read from the address (a stage or an edge kind the site does not know). */
	@ExceptionHandler(BindException.class)
	ModelAndView badFilter(BindException ex) {
		return badRequest(ParameterProblem.of(ex));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ModelAndView missingParameter(MissingServletRequestParameterException ex) {
		return badRequest(List.of(new ParameterProblem(ex.getParameterName(), "",
				"The parameter “" + ex.getParameterName() + "” is missing.")));
	}

	@ExceptionHandler(BadRequestException.class)
	ModelAndView badRequest(BadRequestException ex) {
		return badRequest(List.of(new ParameterProblem(ex.parameter(), ex.value(), ex.getMessage())));
	}

	/** A form naming a row far past any the form shows ({@code stances[300].proposition}). */
	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView tooManyRows(InvalidPropertyException ex) {
		String field = ex.getPropertyName().replaceAll("\\[.*", "");
		return badRequest(List.of(new ParameterProblem(field, "",
				"The form sent more “" + field + "” rows than it can take (at most " + FormRowLimit.MAX_ROWS
						+ "). Nothing was saved; go back, reload the form and try again.")));
	}

	private static ModelAndView badRequest(List<ParameterProblem> problems) {
		ModelAndView page = new ModelAndView("error/400");
		page.setStatus(HttpStatus.BAD_REQUEST);
		page.addObject("problems", problems);
		page.addObject("status", 400);
		return page;
	}

	/** One parameter that was not understood: its name, the value sent and what to send instead. */
	record ParameterProblem(String parameter, String value, String message) {

		static List<ParameterProblem> of(BindException ex) {
			return of(ex.getFieldErrors());
		}

		static List<ParameterProblem> of(List<FieldError> errors) {
			List<ParameterProblem> problems = errors.stream()
				.map(ParameterProblem::of)
				.toList();
			return problems.isEmpty()
					? List.of(new ParameterProblem("", "", "A parameter of this address could not be understood."))
					: problems;
		}

		static ParameterProblem of(FieldError error) {
			Class<?> type = error.contains(TypeMismatchException.class)
					? error.unwrap(TypeMismatchException.class).getRequiredType() : null;
			return of(error.getField(), error.getRejectedValue(), type);
		}

		static ParameterProblem of(String parameter, Object value, Class<?> requiredType) {
			String sent = BadRequestException.shortened(value == null ? "" : String.valueOf(value));
			return new ParameterProblem(parameter, sent,
					"The value “" + sent + "” of “" + parameter + "” was not understood. " + expected(requiredType));
		}

		private static String expected(Class<?> type) {
			if (type == null) {
				return "";
			}
			if (type.isEnum()) {
				return "Use one of: " + String.join(", ",
						Arrays.stream(type.getEnumConstants()).map(value -> ((Enum<?>) value).name()).toList())
						+ ", or leave it out.";
			}
			if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
				return "Use a whole number, such as 1.";
			}
			if (type == LocalDate.class) {
				return "Use a date like 2024-06-20.";
			}
			return "Use a " + type.getSimpleName().toLowerCase(Locale.ROOT) + " value.";
		}

	}

}
