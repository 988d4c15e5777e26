package org.precursor.claim;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import org.precursor.actor.Actor;
import org.precursor.article.Article;
import org.precursor.proposition.Proposition;
import org.precursor.proposition.Stance;

/**
 * Something an actor asserted, as reported in one article. Its text is the content, verbatim: for a direct quote
 * the words between the quotation marks, for reported speech the reported clause without its attribution. The
 * passage is the article's own sentence or sentences that carry the content and its attribution, so a reader can
 * always see the words in context; {@code contentStart} is where the content begins in it.
 */
@Entity
@Audited
public class Claim {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Article article;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Actor claimant;

	@Enumerated(EnumType.STRING)
	private ClaimKind kind;

	private String text;

	private String passage;

	private Integer contentStart;

	private String cue;

	private String speakerMention;

	private String summary;

	private LocalDate madeOn;

	/**
	 * {@link #getEffectiveDate()} kept as a column so that newest-first lists are read from an index. Set before
	 * every write of the claim; {@code ClaimsFollowTheirRecords} resets it when the article's date changes.
	 */
	@NotAudited
	private LocalDate effectiveOn;

	/** Reading order within the article. */
	private int position;

	private String seedKey;

	@ManyToMany
	@JoinTable(name = "claim_about", joinColumns = @JoinColumn(name = "claim_id"),
			inverseJoinColumns = @JoinColumn(name = "actor_id"))
	private Set<Actor> about = new LinkedHashSet<>();

	/** Further claimants of a statement made jointly ("officials from both countries said"). */
	@ManyToMany
	@JoinTable(name = "claim_joint_claimant", joinColumns = @JoinColumn(name = "claim_id"),
			inverseJoinColumns = @JoinColumn(name = "actor_id"))
	private Set<Actor> jointClaimants = new LinkedHashSet<>();

	/**
	 * The claimant and the joint claimants together, kept by this class so that the claims an actor made, alone or
	 * jointly, are found from one index. Derived, so not part of the history.
	 */
	@NotAudited
	@ManyToMany
	@JoinTable(name = "claim_voice", joinColumns = @JoinColumn(name = "claim_id"),
			inverseJoinColumns = @JoinColumn(name = "actor_id"))
	private Set<Actor> voices = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "claim_stance", joinColumns = @JoinColumn(name = "claim_id"))
	private Set<PropositionStance> stances = new LinkedHashSet<>();

	@Version
	private long version;

	protected Claim() {
	}

	public Claim(Article article, Actor claimant, ClaimKind kind, String text) {
		this.article = article;
		reword(claimant, kind, text);
	}

	public void reword(Actor claimant, ClaimKind kind, String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A claim needs its text.");
		}
		this.claimant = claimant;
		this.kind = kind;
		this.text = text.strip();
		keepVoices();
		if (passage != null) {
			int start = passage.indexOf(this.text);
			contentStart = start < 0 ? null : start;
		}
	}

	/**
	 * Places the claim in the passage of the article that carries it, with its attribution cue and the speaker as the
	 * article words it. The content must stand verbatim in the passage; a blank passage clears the context.
	 */
	public void inPassage(String passage, String cue, String speakerMention) {
		if (passage == null || passage.isBlank()) {
			this.passage = null;
			this.contentStart = null;
		}
		else {
			int start = passage.indexOf(text);
			if (start < 0) {
				throw new IllegalArgumentException("The claim's words must stand verbatim in its passage.");
			}
			this.passage = passage;
			this.contentStart = start;
		}
		this.cue = cue == null || cue.isBlank() ? null : cue.strip();
		this.speakerMention = speakerMention == null || speakerMention.isBlank() ? null : speakerMention.strip();
	}

	/** The other actors who made this statement together with the claimant; the claimant itself is left out. */
	public void madeJointlyWith(Collection<Actor> others) {
		jointClaimants.clear();
		others.stream().filter(other -> !isClaimant(other)).forEach(jointClaimants::add);
		keepVoices();
	}

	private boolean isClaimant(Actor actor) {
		return actor == claimant || (actor.getId() != null && claimant != null && actor.getId().equals(claimant.getId()));
	}

	public void summarize(String summary) {
		this.summary = summary == null || summary.isBlank() ? null : summary.strip();
	}

	public void madeOn(LocalDate date) {
		this.madeOn = date;
	}

	public void placeAt(int position) {
		this.position = position;
	}

	public void markSeeded(String seedKey) {
		this.seedKey = seedKey;
	}

	public void concerning(Collection<Actor> actors) {
		about.clear();
		about.addAll(actors);
	}

	/** Takes a side on a proposition, replacing any earlier stance on the same one. */
	public void takeStance(Proposition proposition, Stance stance) {
		stances.removeIf(existing -> existing.getProposition().equals(proposition));
		stances.add(new PropositionStance(proposition, stance));
	}

	public void withdrawStanceOn(Proposition proposition) {
		stances.removeIf(existing -> existing.getProposition().getId().equals(proposition.getId()));
	}

	public void clearStances() {
		stances.clear();
	}

	/** The date the claim was made: its own date when the article gives one, otherwise the article's. */
	public LocalDate getEffectiveDate() {
		return madeOn != null ? madeOn : article.getPublishedOn();
	}

	private void keepVoices() {
		voices.clear();
		voices.add(claimant);
		voices.addAll(jointClaimants);
	}

	@PrePersist
	@PreUpdate
	void keepEffectiveDate() {
		effectiveOn = getEffectiveDate();
	}

	public boolean isQuotation() {
		return kind == ClaimKind.DIRECT_QUOTE;
	}

	public Long getId() {
		return id;
	}

	public Article getArticle() {
		return article;
	}

	public Actor getClaimant() {
		return claimant;
	}

	public ClaimKind getKind() {
		return kind;
	}

	public String getText() {
		return text;
	}

	public String getPassage() {
		return passage;
	}

	public Integer getContentStart() {
		return contentStart;
	}

	public String getCue() {
		return cue;
	}

	public String getSpeakerMention() {
		return speakerMention;
	}

	public Set<Actor> getJointClaimants() {
		return Set.copyOf(jointClaimants);
	}

	public String getSummary() {
		return summary;
	}

	public LocalDate getMadeOn() {
		return madeOn;
	}

	public int getPosition() {
		return position;
	}

	public String getSeedKey() {
		return seedKey;
	}

	public Set<Actor> getAbout() {
		return Set.copyOf(about);
	}

	public Set<PropositionStance> getStances() {
		return Set.copyOf(stances);
	}

	public long getVersion() {
		return version;
	}

}
