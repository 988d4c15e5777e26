package org.precursor.proposition;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.precursor.web.FormText;
import org.precursor.web.PlainText;
import org.precursor.web.VersionedForm;

/** The proposition form. */
public class PropositionForm extends VersionedForm {

	@NotBlank(message = "Enter the proposition, as a statement that can be supported or disputed.")
	@Size(max = 500, message = "Keep the proposition under {max} characters.")
	@PlainText
	private String text;

	@Size(max = 2000, message = "Keep the description under {max} characters.")
	@PlainText(multiline = true)
	private String description;

	public static PropositionForm of(Proposition proposition) {
		PropositionForm form = new PropositionForm();
		form.text = proposition.getText();
		form.description = proposition.getDescription();
		form.setVersion(proposition.getVersion());
		return form;
	}

	@Override
	public Map<String, String> describe() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Proposition", FormText.orEmpty(text));
		fields.put("Description", FormText.orEmpty(description));
		return fields;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
