package org.intdesigner.analysis.api;

import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/** A quick fix given as its label and the command it runs ({@link QuickFix#of}). */
record CommandFix(String label, Function<EditingDomain, Command> command) implements QuickFix {

	@Override
	public Command createCommand(EditingDomain domain) {
		return command.apply(domain);
	}
}
