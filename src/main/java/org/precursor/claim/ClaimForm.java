package org.precursor.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorType;
import org.precursor.web.FormText;
import org.precursor.web.NotBefore1900;
import org.precursor.web.PlainText;

/**
 * The claim form: who made the claim (an existing actor by name, alias or slug, or a new actor typed inline),
 * the verbatim text, how it is reported, whom it is about, the stances it takes and when it was made.
 */
public class ClaimForm {

	static final int BLANK_STANCE_ROWS = 2;

	@Size(max = 200, message = "Keep the claimant's name under {max} characters.")
	@PlainText
	private String claimant;

	@Size(max = 200, message = "Keep the name under {max} characters.")
	@PlainText
	private String newActorName;

	private ActorType newActorType;

	@Size(max = 100, message = "Keep the country under {max} characters.")
	@PlainText
	private String newActorCountry;

	@NotNull(message = "Choose how the article reports the claim.")
	private ClaimKind kind = ClaimKind.DIRECT_QUOTE;

	@NotBlank(message = "Enter the claim's text, word for word as the article has it.")
	@Size(max = 4000, message = "Keep the text under {max} characters.")
	@PlainText(multiline = true)
	private String text;

	@Size(max = 4000, message = "Keep the passage under {max} characters.")
	@PlainText(multiline = true)
	private String passage;

	@Size(max = 200, message = "Keep the cue under {max} characters.")
	@PlainText
	private String cue;

	@Size(max = 300, message = "Keep the speaker under {max} characters.")
	@PlainText
	private String speakerMention;

	@Size(max = 2000, message = "Keep this list under {max} characters.")
	@PlainText
	private String about;

	private List<StanceRow> stances = new ArrayList<>(List.of(new StanceRow(), new StanceRow(), new StanceRow()));

	@PastOrPresent(message = "The date the claim was made cannot be in the future.")
	@NotBefore1900
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate madeOn;

	@Size(max = 500, message = "Keep the summary under {max} characters.")
	@PlainText(multiline = true)
	private String summary;

	private Long version;

	public static ClaimForm of(Claim claim) {
		ClaimForm form = new ClaimForm();
		form.claimant = claim.getClaimant().getName();
		form.kind = claim.getKind();
		form.text = claim.getText();
		form.passage = claim.getPassage();
		form.cue = claim.getCue();
		form.speakerMention = claim.getSpeakerMention();
		form.about = claim.getAbout().stream().map(Actor::getName).sorted().collect(Collectors.joining("; "));
		form.stances = new ArrayList<>();
		claim.getStances().stream()
			.sorted(Comparator.comparing(stance -> stance.getProposition().getText()))
			.forEach(stance -> form.stances.add(new StanceRow(stance.getProposition().getId(), stance.getStance())));
		for (int i = 0; i < BLANK_STANCE_ROWS; i++) {
			form.stances.add(new StanceRow());
		}
		form.madeOn = claim.getMadeOn();
		form.summary = claim.getSummary();
		form.version = claim.getVersion();
		return form;
	}

	/** The claim's values by field label, as shown in its history and when comparing two versions. */
	static Map<String, String> describe(Claim claim) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Claimant", claim.getClaimant().getName());
		fields.put("Kind", claim.getKind().label());
		fields.put("Text", claim.getText());
		fields.put("Passage", FormText.orEmpty(claim.getPassage()));
		fields.put("Cue", FormText.orEmpty(claim.getCue()));
		fields.put("Speaker", FormText.orEmpty(claim.getSpeakerMention()));
		fields.put("About", claim.getAbout().stream().map(Actor::getName).sorted().collect(Collectors.joining("; ")));
		fields.put("Stances", claim.getStances().stream()
			.map(stance -> stance.getStance().label() + ": " + stance.getProposition().getText())
			.sorted()
			.collect(Collectors.joining("; ")));
		fields.put("Made on", claim.getMadeOn() == null ? "" : claim.getMadeOn().toString());
		fields.put("Summary", claim.getSummary() == null ? "" : claim.getSummary());
		return fields;
	}

	/** What was typed, labelled like {@link #describe(Claim)}, for the side-by-side view of a refused save. */
	Map<String, String> describeTyped(Map<Long, String> propositionTexts) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Claimant", hasNewActor() ? newActorName.strip() + " (new)" : FormText.orEmpty(claimant));
		fields.put("Kind", kind == null ? "" : kind.label());
		fields.put("Text", FormText.orEmpty(text));
		fields.put("Passage", FormText.orEmpty(passage));
		fields.put("Cue", FormText.orEmpty(cue));
		fields.put("Speaker", FormText.orEmpty(speakerMention));
		fields.put("About", FormText.orEmpty(about));
		fields.put("Stances", stances.stream()
			.filter(row -> row.getProposition() != null && row.getStance() != null)
			.map(row -> row.getStance().label() + ": " + propositionTexts.getOrDefault(row.getProposition(), "?"))
			.sorted()
			.collect(Collectors.joining("; ")));
		fields.put("Made on", madeOn == null ? "" : madeOn.toString());
		fields.put("Summary", FormText.orEmpty(summary));
		return fields;
	}

	boolean hasNewActor() {
		return newActorName != null && !newActorName.isBlank();
	}

	public String getClaimant() {
		return claimant;
	}

	public void setClaimant(String claimant) {
		this.claimant = claimant;
	}

	public String getNewActorName() {
		return newActorName;
	}

	public void setNewActorName(String newActorName) {
		this.newActorName = newActorName;
	}

	public ActorType getNewActorType() {
		return newActorType;
	}

	public void setNewActorType(ActorType newActorType) {
		this.newActorType = newActorType;
	}

	public String getNewActorCountry() {
		return newActorCountry;
	}

	public void setNewActorCountry(String newActorCountry) {
		this.newActorCountry = newActorCountry;
	}

	public ClaimKind getKind() {
		return kind;
	}

	public void setKind(ClaimKind kind) {
		this.kind = kind;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getPassage() {
		return passage;
	}

	public void setPassage(String passage) {
		this.passage = passage;
	}

	public String getCue() {
		return cue;
	}

	public void setCue(String cue) {
		this.cue = cue;
	}

	public String getSpeakerMention() {
		return speakerMention;
	}

	public void setSpeakerMention(String speakerMention) {
		this.speakerMention = speakerMention;
	}

	public String getAbout() {
		return about;
	}

	public void setAbout(String about) {
		this.about = about;
	}

	public List<StanceRow> getStances() {
		return stances;
	}

	public void setStances(List<StanceRow> stances) {
		this.stances = stances;
	}

	public LocalDate getMadeOn() {
		return madeOn;
	}

	public void setMadeOn(LocalDate madeOn) {
		this.madeOn = madeOn;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
