package org.intdesigner.model.edit;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** New > X from a menu: one command, which Undo and Redo call "New Post", "New Team", ... */
public class NewChildCommand extends CreateChildCommand {

	public NewChildCommand(EditingDomain domain, EObject owner, EStructuralFeature feature, Object child, int index,
			Collection<?> selection, Helper helper) {
		super(domain, owner, feature, child, index, selection, helper);
	}

	@Override
	public String getLabel() {
		return "New " + getText();
	}

	@Override
	public String getDescription() {
		return getLabel();
	}
}
