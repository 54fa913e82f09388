package org.intdesigner.analysis.api;

import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/** A change that resolves a finding, offered in the Validation view; it runs as one undoable command. */
public interface QuickFix {

	/** What the fix does, as a menu item says it ("Make the team lead accountable"). */
	String label();

	Command createCommand(EditingDomain domain);

	/**
	 * A fix given as its label and the command it runs, which is all most fixes are:
	 * {@code QuickFix.of("Write a purpose", domain -> SetCommand.create(domain, team, TEAM__PURPOSE, "..."))}.
	 */
	static QuickFix of(String label, Function<EditingDomain, Command> command) {
		return new CommandFix(label, command);
	}
}
