package org.precursor.web;

import java.util.Set;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Limits on what a request may make the form binder build. A list field grows only to {@link FormRowLimit#MAX_ROWS}
 * rows (Spring's default is 256); a form whose request named rows past that ({@code stances[300].proposition}) is
 * refused beside the field, with everything else typed shown again.
 */
@ControllerAdvice
class FormBinding {

	@InitBinder
	void limitListRows(WebDataBinder binder, WebRequest request) {
		binder.setAutoGrowCollectionLimit(FormRowLimit.MAX_ROWS);
		if (request.getAttribute(FormRowLimit.LEFT_OUT, RequestAttributes.SCOPE_REQUEST) instanceof Set<?> fields) {
			binder.addValidators(new TooManyRows(fields));
		}
	}

	/** Refuses a form that came with more rows than it can take, beside the field the rows belong to. */
	private record TooManyRows(Set<?> fields) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return true;
		}

		@Override
		public void validate(Object target, Errors errors) {
			BeanWrapperImpl form = new BeanWrapperImpl(target);
			for (Object field : fields) {
				String message = "The form sent more “" + field + "” rows than it can take (at most "
						+ FormRowLimit.MAX_ROWS + "). Nothing was saved; check the rows shown and save again.";
				if (form.isReadableProperty(field.toString())) {
					errors.rejectValue(field.toString(), "tooManyRows", message);
				}
				else {
					errors.reject("tooManyRows", message);
				}
			}
		}

	}

}
