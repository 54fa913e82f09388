package org.intdesigner.analysis.rules;

import java.util.ArrayList;
import java.util.List;

import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.Party;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.RaciCode;

/** Reading an accountability item's RACI: who holds a code. An assignment without a party names nobody. */
final class Raci {

	private Raci() {
	}

	/** The parties given {@code code} on {@code item}, each once, in the order they were assigned. */
	static List<Party> parties(AccountabilityItem item, RaciCode code) {
		List<Party> parties = new ArrayList<>(2);
		for (RaciAssignment assignment : item.getAssignments()) {
			if (assignment.getCode() == code && assignment.getParty() != null && !parties.contains(assignment.getParty())) {
				parties.add(assignment.getParty());
			}
		}
		return parties;
	}

	/** The assignments giving {@code code} to {@code party} on {@code item}. */
	static List<RaciAssignment> assignments(AccountabilityItem item, Party party, RaciCode code) {
		List<RaciAssignment> found = new ArrayList<>(1);
		for (RaciAssignment assignment : item.getAssignments()) {
			if (assignment.getCode() == code && assignment.getParty() == party) {
				found.add(assignment);
			}
		}
		return found;
	}
}
