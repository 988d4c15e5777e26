package org.precursor.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text typed into a form that a reader will see: no control characters (a null byte, a bell), no text made only of
 * invisible characters (zero-width or no-break spaces), and, for a single-line field, no line breaks. Empty text is
 * left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	/** Whether line breaks (and tabs) are allowed, as in a description or an article's text. */
	boolean multiline() default false;

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
