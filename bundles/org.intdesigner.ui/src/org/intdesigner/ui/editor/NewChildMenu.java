package org.intdesigner.ui.editor;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.intdesigner.ui.emf.ItemImages;

/**
 * "New" submenu of a tree node: one entry per kind of child the item provider allows (a team
 * under a team, a post in the model, a RACI entry in an accountability item, ...). The created
 * child is selected so its properties can be filled in at once.
 */
final class NewChildMenu {

	private NewChildMenu() {
	}

	static void fill(IMenuManager menu, EditingDomain domain, TreeViewer viewer) {
		List<?> selection = viewer.getStructuredSelection().toList();
		if (selection.size() != 1) {
			return;
		}
		Object owner = selection.get(0);
		Collection<?> descriptors = domain.getNewChildDescriptors(owner, null);
		if (descriptors.isEmpty()) {
			return;
		}
		MenuManager submenu = new MenuManager("&New", "org.intdesigner.ui.newChild");
		for (Object descriptor : descriptors) {
			Command command = CreateChildCommand.create(domain, owner, descriptor, selection);
			submenu.add(new CreateChild(domain, viewer, command, descriptor));
		}
		menu.add(submenu);
	}

	private static final class CreateChild extends Action {
		private final EditingDomain domain;
		private final TreeViewer viewer;
		private final Command command;

		CreateChild(EditingDomain domain, TreeViewer viewer, Command command, Object descriptor) {
			this.domain = domain;
			this.viewer = viewer;
			this.command = command;
			if (command instanceof CommandActionDelegate delegate) {
				setText(delegate.getText());
				setToolTipText(delegate.getToolTipText());
				setImageDescriptor(ItemImages.descriptorOf(delegate.getImage()));
			} else if (descriptor instanceof CommandParameter parameter) {
				setText(String.valueOf(parameter.getValue()));
			}
			setEnabled(command.canExecute());
		}

		@Override
		public void run() {
			domain.getCommandStack().execute(command);
			Collection<?> created = command.getAffectedObjects();
			if (!created.isEmpty()) {
				viewer.setSelection(new StructuredSelection(created.toArray()), true);
			}
		}
	}
}
