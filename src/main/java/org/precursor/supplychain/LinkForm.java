package org.precursor.supplychain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.precursor.claim.Claim;
import org.precursor.web.FormText;
import org.precursor.web.PlainText;
import org.precursor.web.VersionedForm;

/**
 * The admin form for a supply-chain link. Claims are cited by their key (such as {@code rt-007}) or number,
 * separated by commas or spaces; what the entity refuses (one end twice, a claim on both sides) is reported
 * beside the field it concerns.
 */
public class LinkForm extends VersionedForm {

	@NotBlank(message = "Choose where the link starts.")
	private String from;

	@NotBlank(message = "Choose where the link ends.")
	private String to;

	@NotNull(message = "Choose what moves along the link.")
	private Commodity moves;

	@NotNull(message = "Choose the stage of the chain.")
	private Stage stage;

	private List<Channel> channels = new ArrayList<>();

	@Size(max = 100, message = "Keep the period under 100 characters.")
	@PlainText
	private String period;

	@Size(max = 1000, message = "Keep the summary under 1,000 characters.")
	@PlainText(multiline = true)
	private String description;

	@NotBlank(message = "Cite at least one claim that asserts this link.")
	private String assertingClaims;

	private String disputingClaims;

	public static LinkForm of(SupplyChainLink link) {
		LinkForm form = new LinkForm();
		form.from = link.getOrigin().getSlug();
		form.to = link.getDestination().getSlug();
		form.moves = link.getMoves();
		form.stage = link.getStage();
		form.channels = new ArrayList<>(link.getChannels());
		form.period = link.getPeriod();
		form.description = link.getDescription();
		form.assertingClaims = references(link.claims(EvidenceRole.ASSERTS));
		form.disputingClaims = references(link.claims(EvidenceRole.DISPUTES));
		form.setVersion(link.getVersion());
		return form;
	}

	@Override
	public Map<String, String> describe() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("From", FormText.orEmpty(from));
		fields.put("To", FormText.orEmpty(to));
		fields.put("What moves", moves == null ? "" : moves.label());
		fields.put("Stage", stage == null ? "" : stage.label());
		fields.put("How", channels.stream().map(Channel::label).collect(Collectors.joining(", ")));
		fields.put("Period", FormText.orEmpty(period));
		fields.put("Summary", FormText.orEmpty(description));
		fields.put("Asserting claims", FormText.orEmpty(assertingClaims));
		fields.put("Disputing claims", FormText.orEmpty(disputingClaims));
		return fields;
	}

	/** How a form refers to claims: by seed key where there is one, otherwise by number. */
	private static String references(List<Claim> claims) {
		return claims.stream()
			.map(claim -> claim.getSeedKey() != null ? claim.getSeedKey() : String.valueOf(claim.getId()))
			.sorted()
			.collect(Collectors.joining(", "));
	}

	/** The claim references typed into a field, one per comma, semicolon or space. */
	static List<String> split(String references) {
		if (references == null || references.isBlank()) {
			return List.of();
		}
		return List.of(references.strip().split("[,;\\s]+"));
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public Commodity getMoves() {
		return moves;
	}

	public void setMoves(Commodity moves) {
		this.moves = moves;
	}

	public Stage getStage() {
		return stage;
	}

	public void setStage(Stage stage) {
		this.stage = stage;
	}

	public List<Channel> getChannels() {
		return channels;
	}

	public void setChannels(List<Channel> channels) {
		this.channels = channels == null ? new ArrayList<>() : channels;
	}

	public String getPeriod() {
		return period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getAssertingClaims() {
		return assertingClaims;
	}

	public void setAssertingClaims(String assertingClaims) {
		this.assertingClaims = assertingClaims;
	}

	public String getDisputingClaims() {
		return disputingClaims;
	}

	public void setDisputingClaims(String disputingClaims) {
		this.disputingClaims = disputingClaims;
	}


}
