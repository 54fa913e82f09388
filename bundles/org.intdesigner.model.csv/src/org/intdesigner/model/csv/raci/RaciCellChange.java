package org.intdesigner.model.csv.raci;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Party;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.io.ModelIds;

/**
 * The commands that make one cell hold exactly the given codes: assignments of codes no longer
 * wanted are removed, missing ones added, and the ones kept stay the same objects (with their ids),
 * so an edit or an import touches no more of the model than it must.
 */
public final class RaciCellChange {

	private RaciCellChange() {
	}

	/** The commands for one cell; none when the cell already holds {@code codes}. */
	public static List<Command> commands(EditingDomain domain, AccountabilityItem item, Party party,
			Set<RaciCode> codes) {
		List<Command> commands = new ArrayList<>();
		Set<RaciCode> missing = codes.isEmpty() ? EnumSet.noneOf(RaciCode.class) : EnumSet.copyOf(codes);
		List<RaciAssignment> unwanted = new ArrayList<>();
		for (RaciAssignment assignment : item.getAssignments()) {
			if (assignment.getParty() == party) {
				if (missing.contains(assignment.getCode())) {
					missing.remove(assignment.getCode());
				} else {
					unwanted.add(assignment);
				}
			}
		}
		if (!unwanted.isEmpty()) {
			commands.add(RemoveCommand.create(domain, item, IntdPackage.Literals.ACCOUNTABILITY_ITEM__ASSIGNMENTS,
					unwanted));
		}
		List<RaciAssignment> added = new ArrayList<>();
		for (RaciCode code : missing) {
			RaciAssignment assignment = IntdFactory.eINSTANCE.createRaciAssignment();
			assignment.setId(ModelIds.newId());
			assignment.setParty(party);
			assignment.setCode(code);
			added.add(assignment);
		}
		if (!added.isEmpty()) {
			commands.add(AddCommand.create(domain, item, IntdPackage.Literals.ACCOUNTABILITY_ITEM__ASSIGNMENTS, added));
		}
		return commands;
	}

	/** One undoable command setting one cell, or null when the cell already holds {@code codes}. */
	public static Command command(EditingDomain domain, AccountabilityItem item, Party party, Set<RaciCode> codes) {
		List<Command> commands = commands(domain, item, party, codes);
		if (commands.isEmpty()) {
			return null;
		}
		CompoundCommand compound = new CompoundCommand(
				"Set RACI " + (codes.isEmpty() ? "none" : RaciCellText.format(codes)));
		commands.forEach(compound::append);
		return compound;
	}
}
