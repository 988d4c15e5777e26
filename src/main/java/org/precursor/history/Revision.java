package org.precursor.history;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One saved change set: every record written in one transaction, with who wrote it and when. */
@Entity
@Table(name = "revision_info")
@RevisionEntity(RevisionAuthor.class)
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	private Instant revisedAt;

	private String username;

	protected Revision() {
	}

	void madeBy(String username) {
		this.username = username;
	}

	public Long getId() {
		return id;
	}

	public Instant getRevisedAt() {
		return revisedAt;
	}

	public String getUsername() {
		return username;
	}

}
