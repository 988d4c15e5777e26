package org.precursor.claim;

/**
 * One proposed claim under review: the claim form it would be saved with, prefilled from the proposal and open to
 * the editor's corrections, with what the extractor said about the speaker kept beside it.
 */
public class ProposalRow {

	/** Unchecked by default, so that a row the binder makes up for a gap in the posted rows is never accepted. */
	private boolean checked;

	private String speakerName;

	private String speakerActor;

	private ClaimForm claim = new ClaimForm();

	static ProposalRow of(ClaimProposals.Proposal proposal, String knownActorName) {
		ProposalRow row = new ProposalRow();
		row.checked = true;
		row.speakerName = proposal.speakerName();
		row.speakerActor = knownActorName == null ? null : proposal.speakerActor();
		row.claim.setClaimant(knownActorName);
		row.claim.setKind(proposal.direct() ? ClaimKind.DIRECT_QUOTE : ClaimKind.REPORTED_SPEECH);
		row.claim.setText(proposal.content());
		row.claim.setPassage(proposal.passage());
		row.claim.setCue(proposal.cue());
		row.claim.setSpeakerMention(proposal.speakerMention());
		return row;
	}

	/** Whether the row came in the request, rather than being made up by the binder for a row the editor rejected. */
	public boolean isPosted() {
		return claim.getText() != null || claim.getPassage() != null;
	}

	/** The passage up to the claim's words; the whole passage when the words are not in it. */
	public String getPassageBefore() {
		int start = contentStart();
		return start < 0 ? orEmpty(claim.getPassage()) : claim.getPassage().substring(0, start);
	}

	/** The claim's words as the passage has them, or nothing when they are not in it. */
	public String getPassageContent() {
		int start = contentStart();
		return start < 0 ? "" : claim.getText().strip();
	}

	public String getPassageAfter() {
		int start = contentStart();
		return start < 0 ? "" : claim.getPassage().substring(start + claim.getText().strip().length());
	}

	private int contentStart() {
		if (claim.getPassage() == null || claim.getText() == null || claim.getText().isBlank()) {
			return -1;
		}
		return claim.getPassage().indexOf(claim.getText().strip());
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

	public boolean isChecked() {
		return checked;
	}

	public void setChecked(boolean checked) {
		this.checked = checked;
	}

	public String getSpeakerName() {
		return speakerName;
	}

	public void setSpeakerName(String speakerName) {
		this.speakerName = speakerName;
	}

	public String getSpeakerActor() {
		return speakerActor;
	}

	/** A blank slug, as an empty hidden field posts it, is a speaker who is no known actor. */
	public void setSpeakerActor(String speakerActor) {
		this.speakerActor = speakerActor == null || speakerActor.isBlank() ? null : speakerActor;
	}

	public ClaimForm getClaim() {
		return claim;
	}

	public void setClaim(ClaimForm claim) {
		this.claim = claim;
	}

}
