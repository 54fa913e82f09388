package org.intdesigner.model.diagrams;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Party;
import org.intdesigner.model.RaciAssignment;

/**
 * What the accountability map calls as {@code acc:...}: the RACI assignments and the parties they
 * name, and the small questions expressions cannot ask themselves (an assignment's item is its
 * container, which only a method call would give; a code as its letter).
 */
public class AccountabilityServices {

	/** Every RACI assignment of the model's accountability items, item by item. */
	public List<RaciAssignment> assignments(IntdModel model) {
		List<RaciAssignment> all = new ArrayList<>();
		for (AccountabilityItem item : model.getAccountabilities()) {
			all.addAll(item.getAssignments());
		}
		return all;
	}

	/** The parties at least one assignment names, each once, in the order they are first assigned. */
	public List<Party> assignedParties(IntdModel model) {
		Set<Party> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		List<Party> parties = new ArrayList<>();
		for (AccountabilityItem item : model.getAccountabilities()) {
			for (RaciAssignment assignment : item.getAssignments()) {
				if (assignment.getParty() != null && seen.add(assignment.getParty())) {
					parties.add(assignment.getParty());
				}
			}
		}
		return parties;
	}

	/** The item an assignment belongs to (null for one not in an item). */
	public AccountabilityItem itemOf(RaciAssignment assignment) {
		return assignment.eContainer() instanceof AccountabilityItem item ? item : null;
	}

	/** The assignment's code as its letter (R, A, S, C or I); empty when it has none. */
	public String code(RaciAssignment assignment) {
		return assignment.getCode() == null ? "" : assignment.getCode().getLiteral();
	}

	/** The metamodel class of a party (or any element): Team, Post, Role, Organisation. */
	public String kindOf(Object element) {
		return element instanceof EObject object ? object.eClass().getName() : "";
	}

	/** The item's kind as its literal (care_function, decision, outcome, risk); empty when it has none. */
	public String itemKind(AccountabilityItem item) {
		return item.getKind() == null ? "" : item.getKind().getLiteral();
	}

	/** Is it an accountability item? (Assignment tools start from one.) */
	public boolean isItem(Object element) {
		return element instanceof AccountabilityItem;
	}

	/** Is it a party? (Assignment tools end at one.) */
	public boolean isParty(Object element) {
		return element instanceof Party;
	}
}
