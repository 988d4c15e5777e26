package org.precursor.actor;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One row of the materialized affiliation tree: an actor and one of the bodies above it, or an actor with members
 * and itself. Written only by {@link Affiliations#followChanges()}; queries read it to find a whole tree from its
 * root through one index.
 */
@Entity
@Immutable
@Table(name = "actor_lineage")
@IdClass(ActorLineage.Key.class)
public class ActorLineage {

	@Id
	@Column(name = "ancestor_id")
	private Long ancestorId;

	@Id
	@Column(name = "actor_id")
	private Long actorId;

	protected ActorLineage() {
	}

	public Long getAncestorId() {
		return ancestorId;
	}

	public Long getActorId() {
		return actorId;
	}

	/** The composite key. */
	public record Key(Long ancestorId, Long actorId) implements Serializable {

		public Key() {
			this(null, null);
		}

	}

}
