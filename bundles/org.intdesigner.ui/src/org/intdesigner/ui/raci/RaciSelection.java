package org.intdesigner.ui.raci;

import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The matrix's selection for the workbench: the item of the cell cursor's row. The table's own
 * row selection is not used, so a row filled red for its findings stays red under the cursor.
 */
final class RaciSelection implements ISelectionProvider {

	private final CopyOnWriteArrayList<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();
	private ISelection selection = StructuredSelection.EMPTY;

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.addIfAbsent(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void setSelection(ISelection newSelection) {
		if (newSelection.equals(selection)) {
			return;
		}
		selection = newSelection;
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		listeners.forEach(listener -> listener.selectionChanged(event));
	}
}
