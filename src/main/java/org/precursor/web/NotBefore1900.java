package org.precursor.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date in the debate this site records: nothing it holds was published or said before 1900, so an earlier date
 * (0000-01-01, a year typed with a digit missing) is a typing mistake.
 */
@Documented
@Constraint(validatedBy = NotBefore1900.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface NotBefore1900 {

	LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	String message() default "Enter a date from 1900 on; an earlier date is most likely a typing mistake.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The check itself; a missing date is left to other rules. */
	class Check implements ConstraintValidator<NotBefore1900, LocalDate> {

		@Override
		public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
			return value == null || !value.isBefore(EARLIEST);
		}

	}

}
