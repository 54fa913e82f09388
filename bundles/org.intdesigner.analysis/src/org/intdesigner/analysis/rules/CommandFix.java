package org.intdesigner.analysis.rules;

import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.intdesigner.analysis.api.QuickFix;

/** A quick fix given as its label and the command it runs; the built-in rules' fixes are all this simple. */
record CommandFix(String label, Function<EditingDomain, Command> command) implements QuickFix {

	@Override
	public Command createCommand(EditingDomain domain) {
		return command.apply(domain);
	}
}
