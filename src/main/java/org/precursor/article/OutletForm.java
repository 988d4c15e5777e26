package org.precursor.article;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.precursor.web.FormText;
import org.precursor.web.PlainText;
import org.precursor.web.VersionedForm;

/** The outlet form. */
public class OutletForm extends VersionedForm {

	@NotBlank(message = "Enter the outlet's name.")
	@Size(max = 200, message = "Keep the name under {max} characters.")
	@PlainText
	private String name;

	@NotNull(message = "Choose what kind of outlet this is.")
	private OutletKind kind;

	@Size(max = 100, message = "Keep the country under {max} characters.")
	@PlainText
	private String country;

	@WebAddress
	@Size(max = 500, message = "Keep the address under {max} characters.")
	private String homepage;

	@Size(max = 2000, message = "Keep the description under {max} characters.")
	@PlainText(multiline = true)
	private String description;

	public static OutletForm of(Outlet outlet) {
		OutletForm form = new OutletForm();
		form.name = outlet.getName();
		form.kind = outlet.getKind();
		form.country = outlet.getCountry();
		form.homepage = outlet.getHomepage();
		form.description = outlet.getDescription();
		form.setVersion(outlet.getVersion());
		return form;
	}

	@Override
	public Map<String, String> describe() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Name", FormText.orEmpty(name));
		fields.put("Kind", kind == null ? "" : kind.label());
		fields.put("Country", FormText.orEmpty(country));
		fields.put("Homepage", FormText.orEmpty(homepage));
		fields.put("Description", FormText.orEmpty(description));
		return fields;
	}

	void applyTo(Outlet outlet) {
		outlet.rename(name.strip(), kind);
		outlet.describe(country, homepage, description);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public OutletKind getKind() {
		return kind;
	}

	public void setKind(OutletKind kind) {
		this.kind = kind;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getHomepage() {
		return homepage;
	}

	public void setHomepage(String homepage) {
		this.homepage = homepage;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
