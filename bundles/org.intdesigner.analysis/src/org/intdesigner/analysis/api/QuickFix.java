package org.intdesigner.analysis.api;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/** A change that resolves a finding, offered in the Validation view; it runs as one undoable command. */
public interface QuickFix {

	/** What the fix does, as a menu item says it ("Make the team lead accountable"). */
	String label();

	Command createCommand(EditingDomain domain);
}
