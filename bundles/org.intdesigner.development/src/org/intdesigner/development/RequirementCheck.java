package org.intdesigner.development;

import java.util.List;

/**
 * One requirement checked against the people in post in its team (and sub-teams): who holds the capability at or
 * above the level and in date, which of those lapse within the days looked ahead, and who is one level below.
 */
public record RequirementCheck(Requirement requirement, List<StaffMember> holders, List<StaffMember> expiring,
		List<StaffMember> oneLevelBelow) {

	/** Enough people hold it. */
	public boolean met() {
		return holders.size() >= requirement.people();
	}

	/** Met by exactly one person: if they leave or their training lapses, it is not. */
	public boolean singlePoint() {
		return met() && holders.size() == 1;
	}

	/** People still missing (0 when met). */
	public int shortBy() {
		return Math.max(0, requirement.people() - holders.size());
	}

	/** Some holder's training lapses within the days looked ahead. */
	public boolean hasExpiring() {
		return !expiring.isEmpty();
	}
}
