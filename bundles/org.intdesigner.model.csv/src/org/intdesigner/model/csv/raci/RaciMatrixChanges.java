package org.intdesigner.model.csv.raci;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.Party;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.RaciCode;

/**
 * What an imported matrix asks for: for each listed item, every party's codes. The items listed
 * get exactly these assignments (a party holding codes on a listed item but absent from the file
 * loses them); items not listed are left alone. Applied as one command, so one undo reverts it.
 */
public final class RaciMatrixChanges {

	private final Map<AccountabilityItem, Map<Party, Set<RaciCode>>> cells = new LinkedHashMap<>();

	void put(AccountabilityItem item, Party party, Set<RaciCode> codes) {
		cells.computeIfAbsent(item, i -> new LinkedHashMap<>()).put(party, codes);
	}

	void list(AccountabilityItem item) {
		cells.computeIfAbsent(item, i -> new LinkedHashMap<>());
	}

	public Set<AccountabilityItem> items() {
		return cells.keySet();
	}

	/** The codes the file gives {@code party} on {@code item}; empty when it gives none. */
	public Set<RaciCode> codes(AccountabilityItem item, Party party) {
		return cells.getOrDefault(item, Map.of()).getOrDefault(party, Set.of());
	}

	/** The command that applies the changes, or null when the model already holds them. */
	public Command toCommand(EditingDomain domain) {
		CompoundCommand compound = new CompoundCommand("Import RACI matrix");
		for (Map.Entry<AccountabilityItem, Map<Party, Set<RaciCode>>> row : cells.entrySet()) {
			AccountabilityItem item = row.getKey();
			for (Party party : partiesOf(item, row.getValue())) {
				RaciCellChange.commands(domain, item, party, codes(item, party)).forEach(compound::append);
			}
		}
		return compound.isEmpty() ? null : compound;
	}

	/** The parties of the file's columns and those holding codes on the item now, which may lose them. */
	private static List<Party> partiesOf(AccountabilityItem item, Map<Party, Set<RaciCode>> wanted) {
		List<Party> parties = new ArrayList<>(wanted.keySet());
		for (RaciAssignment assignment : item.getAssignments()) {
			if (!parties.contains(assignment.getParty())) {
				parties.add(assignment.getParty());
			}
		}
		return parties;
	}
}
