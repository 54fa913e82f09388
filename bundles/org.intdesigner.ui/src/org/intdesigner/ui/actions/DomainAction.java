package org.intdesigner.ui.actions;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.ui.actions.ActionFactory;

/**
 * An edit action over the selected model objects that runs one EMF command on the model's
 * command stack (so it can be undone), enabled exactly when that command can execute. Subclasses
 * only say which command.
 */
public abstract class DomainAction extends Action implements ISelectionChangedListener, CommandStackListener {

	private EditingDomain domain;
	private ISelectionProvider selectionProvider;

	protected DomainAction(ActionFactory standard, String text) {
		super(text);
		setId(standard.getId());
		setActionDefinitionId(standard.getCommandId());
		setEnabled(false);
	}

	/** Points the action at a model and the viewer whose selection it acts on (either may be null). */
	public void setContext(EditingDomain newDomain, ISelectionProvider newSelectionProvider) {
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(this);
		}
		if (selectionProvider != null) {
			selectionProvider.removeSelectionChangedListener(this);
		}
		domain = newDomain;
		selectionProvider = newSelectionProvider;
		if (domain != null) {
			domain.getCommandStack().addCommandStackListener(this);
		}
		if (selectionProvider != null) {
			selectionProvider.addSelectionChangedListener(this);
		}
		update();
	}

	protected EditingDomain getDomain() {
		return domain;
	}

	protected List<?> selection() {
		ISelection selection = selectionProvider == null ? null : selectionProvider.getSelection();
		return selection instanceof IStructuredSelection structured ? structured.toList() : List.of();
	}

	/** The command for {@code selected}; never null (use {@link UnexecutableCommand#INSTANCE}). */
	protected abstract Command createCommand(EditingDomain editingDomain, Collection<?> selected);

	public void update() {
		setEnabled(domain != null && createCommand(domain, selection()).canExecute());
	}

	@Override
	public void run() {
		if (domain == null) {
			return;
		}
		Command command = createCommand(domain, selection());
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		update();
	}

	@Override
	public void commandStackChanged(java.util.EventObject event) {
		update();
	}
}
