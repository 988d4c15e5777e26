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
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import org.precursor.actor.Actor;
import org.precursor.article.Article;
import org.precursor.proposition.Proposition;
import org.precursor.proposition.Stance;

/**
 * Something an actor asserted, as reported in one article. The text is verbatim: the quoted words for a direct
 * quote, the article's own sentence for reported speech.
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

	private String summary;

	private LocalDate madeOn;

	/** Reading order within the article. */
	private int position;

	private String seedKey;

	@ManyToMany
	@JoinTable(name = "claim_about", joinColumns = @JoinColumn(name = "claim_id"),
			inverseJoinColumns = @JoinColumn(name = "actor_id"))
	private Set<Actor> about = new LinkedHashSet<>();

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
