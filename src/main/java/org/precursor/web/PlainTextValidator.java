package org.precursor.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}, with a message that says which kind of character is the problem. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

	private boolean multiline;

	@Override
	public void initialize(PlainText annotation) {
		multiline = annotation.multiline();
	}

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		String problem = problem(value, multiline);
		if (problem == null) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(problem.replace("{", "\\{").replace("$", "\\$"))
			.addConstraintViolation();
		return false;
	}

	/** What is wrong with the text, in plain words, or null when nothing is. */
	public static String problem(String value, boolean multiline) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		boolean visible = false;
		for (int i = 0; i < value.length();) {
			int c = value.codePointAt(i);
			i += Character.charCount(c);
			if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
				if (!multiline) {
					return "Keep this on one line: it cannot contain line breaks.";
				}
			}
			else if (c == '\t') {
				if (!multiline) {
					return "Remove the tab character: this field takes one line of text.";
				}
			}
			else if (Character.getType(c) == Character.CONTROL) {
				return "Remove the control character (code " + String.format("U+%04X", c)
						+ "): only printable text can be saved.";
			}
			else if (isVisible(c)) {
				visible = true;
			}
		}
		if (!visible && !value.isBlank()) {
			return "This holds only invisible characters (such as zero-width spaces); type visible text or leave it empty.";
		}
		return null;
	}

	private static boolean isVisible(int c) {
		int type = Character.getType(c);
		return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && type != Character.FORMAT
				&& type != Character.UNASSIGNED && type != Character.PRIVATE_USE && type != Character.SURROGATE
				&& c != '\u3164' && c != '\u115F' && c != '\u1160' && c != '\uFFA0';
	}

}
