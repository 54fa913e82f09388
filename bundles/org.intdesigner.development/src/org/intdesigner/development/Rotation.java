package org.intdesigner.development;

import org.intdesigner.model.Area;
import org.intdesigner.model.Team;

/**
 * Two people of different organisations in one neighbourhood who rotate or shadow each other: each holds what the
 * other's team lacks, so the swap closes a gap on both sides.
 */
public record Rotation(Area neighbourhood, StaffMember first, Team firstTeam, RequirementCheck closedInFirstTeam,
		StaffMember second, Team secondTeam, RequirementCheck closedInSecondTeam) {
}
