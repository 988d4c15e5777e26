package org.precursor.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns missing records and malformed addresses into readable pages instead of stack traces. */
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

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView badIdentifier(MethodArgumentTypeMismatchException ex) {
		ModelAndView page = new ModelAndView("error/404");
		page.addObject("message", "“" + ex.getValue() + "” is not a valid " + ex.getName() + ".");
		return page;
	}

}
