package org.precursor.supplychain;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import org.precursor.actor.Actor;
import org.precursor.claim.Claim;

/**
 * A flow in the supply chain from one actor or place to another: what moves, how, at which stage and when. A
 * link exists here only because someone claimed it, so it always carries at least one asserting claim, and it
 * keeps the claims that dispute it beside them.
 */
@Entity
@Audited
public class SupplyChainLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Actor origin;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Actor destination;

	@Enumerated(EnumType.STRING)
	private Commodity moves;

	@Enumerated(EnumType.STRING)
	private Stage stage;

	@ElementCollection
	@CollectionTable(name = "supply_chain_link_channel", joinColumns = @JoinColumn(name = "link_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "channel")
	private Set<Channel> channels = new LinkedHashSet<>();

	private String period;

	private String description;

	@ElementCollection
	@CollectionTable(name = "supply_chain_evidence", joinColumns = @JoinColumn(name = "link_id"))
	private Set<Evidence> evidence = new LinkedHashSet<>();

	private String seedKey;

	@Version
	private long version;

	protected SupplyChainLink() {
	}

	public SupplyChainLink(Actor origin, Actor destination, Commodity moves, Stage stage) {
		reroute(origin, destination, moves, stage);
	}

	/** Sets both ends, what moves and the stage; a link must join two different nodes. */
	public void reroute(Actor origin, Actor destination, Commodity moves, Stage stage) {
		if (origin == null || destination == null || moves == null || stage == null) {
			throw new IllegalArgumentException("A link needs both ends, what moves and its stage.");
		}
		if (origin == destination || (origin.getId() != null && origin.getId().equals(destination.getId()))) {
			throw new IllegalArgumentException("A link must run between two different actors or places, not from "
					+ origin.getName() + " to itself.");
		}
		this.origin = origin;
		this.destination = destination;
		this.moves = moves;
		this.stage = stage;
	}

	public void describe(Collection<Channel> channels, String period, String description) {
		this.channels.clear();
		this.channels.addAll(channels);
		this.period = blankToNull(period);
		this.description = blankToNull(description);
	}

	/**
	 * Replaces the evidence. Refuses a link that no claim asserts, and a claim that would both assert and dispute
	 * it.
	 */
	public void citeEvidence(Collection<Claim> asserting, Collection<Claim> disputing) {
		if (asserting.isEmpty()) {
			throw new IllegalArgumentException("A link needs at least one claim that asserts it.");
		}
		Set<Claim> both = new HashSet<>(asserting);
		both.retainAll(disputing);
		if (!both.isEmpty()) {
			throw new IllegalArgumentException("A claim cannot both assert and dispute the same link.");
		}
		evidence.clear();
		asserting.forEach(claim -> evidence.add(new Evidence(claim, EvidenceRole.ASSERTS)));
		disputing.forEach(claim -> evidence.add(new Evidence(claim, EvidenceRole.DISPUTES)));
	}

	public void markSeeded(String seedKey) {
		this.seedKey = seedKey;
	}

	public List<Claim> claims(EvidenceRole role) {
		return evidence.stream().filter(cited -> cited.getRole() == role).map(Evidence::getClaim).toList();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public Long getId() {
		return id;
	}

	public Actor getOrigin() {
		return origin;
	}

	public Actor getDestination() {
		return destination;
	}

	public Commodity getMoves() {
		return moves;
	}

	public Stage getStage() {
		return stage;
	}

	/** The channels in their declared order, so pages and JSON list them the same way every time. */
	public List<Channel> getChannels() {
		return channels.stream().sorted(Comparator.naturalOrder()).toList();
	}

	public String getPeriod() {
		return period;
	}

	public String getDescription() {
		return description;
	}

	public String getSeedKey() {
		return seedKey;
	}

	public long getVersion() {
		return version;
	}

}
