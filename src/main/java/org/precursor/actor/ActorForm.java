package org.precursor.actor;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.precursor.web.FormText;
import org.precursor.web.PlainText;
import org.precursor.web.VersionedForm;

/** The actor form. Aliases are typed one per line; the parent is typed by name, alias or slug. */
public class ActorForm extends VersionedForm {

	@NotBlank(message = "Enter the actor's name.")
	@Size(max = 200, message = "Keep the name under {max} characters.")
	@PlainText
	private String name;

	@NotNull(message = "Choose what kind of actor this is.")
	private ActorType type;

	@Size(max = 100, message = "Keep the country under {max} characters.")
	@PlainText
	private String country;

	@Size(max = 4000, message = "Keep the aliases under {max} characters in all.")
	@PlainText(multiline = true)
	private String aliases;

	@Size(max = 200, message = "Keep the parent's name under {max} characters.")
	@PlainText
	private String parent;

	@Size(max = 300, message = "Keep the role under {max} characters.")
	@PlainText
	private String role;

	@Size(max = 2000, message = "Keep the description under {max} characters.")
	@PlainText(multiline = true)
	private String description;

	public static ActorForm of(Actor actor) {
		ActorForm form = new ActorForm();
		form.name = actor.getName();
		form.type = actor.getType();
		form.country = actor.getCountry();
		form.aliases = String.join("\n", actor.getAliases().stream().sorted().toList());
		form.parent = actor.getParent() == null ? null : actor.getParent().getName();
		form.role = actor.getRole();
		form.description = actor.getDescription();
		form.setVersion(actor.getVersion());
		return form;
	}

	@Override
	public Map<String, String> describe() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Name", FormText.orEmpty(name));
		fields.put("Type", type == null ? "" : type.label());
		fields.put("Country", FormText.orEmpty(country));
		fields.put("Aliases", String.join("; ", aliasList().stream().sorted().toList()));
		fields.put("Affiliated to", FormText.orEmpty(parent));
		fields.put("Role", FormText.orEmpty(role));
		fields.put("Description", FormText.orEmpty(description));
		return fields;
	}

	List<String> aliasList() {
		return aliases == null ? List.of()
				: Arrays.stream(aliases.split("[\\r\\n;]+")).map(String::strip).filter(alias -> !alias.isEmpty())
					.distinct().toList();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public ActorType getType() {
		return type;
	}

	public void setType(ActorType type) {
		this.type = type;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getAliases() {
		return aliases;
	}

	public void setAliases(String aliases) {
		this.aliases = aliases;
	}

	public String getParent() {
		return parent;
	}

	public void setParent(String parent) {
		this.parent = parent;
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
