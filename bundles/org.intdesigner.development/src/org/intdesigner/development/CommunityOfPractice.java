package org.intdesigner.development;

import java.util.List;

import org.intdesigner.model.Area;
import org.intdesigner.model.Capability;

/** Everyone across a place holding a capability (in date), whichever organisation employs them; experts convene it. */
public record CommunityOfPractice(Area place, Capability capability, List<StaffMember> members, List<StaffMember> convenors,
		List<String> organisations) {
}
