package org.precursor.actor;

import java.util.List;

/**
 * An actor's page as this feature knows it: the actor, the chain of bodies it belongs to, the first of its members
 * by name and how many members it has. The claims and the supply chain come from {@link ActorPageSection}s.
 */
public record ActorPage(ActorProfile actor, List<Affiliation> chain, List<Affiliation> members, long memberCount) {

	/** Members listed on the page at most, by name; a country of a large dataset has tens of thousands. */
	public static final int MEMBERS_SHOWN = 40;

	public ActorPage(ActorProfile actor, List<Affiliation> chain, List<Affiliation> members) {
		this(actor, chain, members, members.size());
	}

	public boolean hasMembers() {
		return memberCount > 0;
	}

	public long membersNotShown() {
		return memberCount - members.size();
	}

}
