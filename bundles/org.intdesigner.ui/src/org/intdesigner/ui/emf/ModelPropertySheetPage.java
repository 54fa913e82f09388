package org.intdesigner.ui.emf;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The Properties page of a model's editors: it follows every change to the model, whatever made it (the tree, a
 * diagram, the RACI matrix, a quick fix, undo, redo), because every change is a command on the model's stack and
 * the page shows its entries again after each. A plain PropertySheetPage reads values only when the selection
 * changes, so it showed what an element was before an edit made elsewhere.
 */
public class ModelPropertySheetPage extends PropertySheetPage {

	private CommandStack stack;
	private final CommandStackListener changed = event -> refreshSoon();
	private boolean refreshPending;

	public ModelPropertySheetPage(CommandStack stack, ItemPropertySourceProvider provider) {
		follow(stack, provider);
	}

	/**
	 * Shows another model's properties from now on (a view that follows the active editor, as the Model Explorer
	 * does); null for none.
	 */
	public final void follow(CommandStack other, ItemPropertySourceProvider provider) {
		if (stack != null) {
			stack.removeCommandStackListener(changed);
		}
		stack = other;
		if (stack != null) {
			stack.addCommandStackListener(changed);
		}
		IPropertySourceProvider none = object -> null;
		setPropertySourceProvider(provider != null ? provider : none);
	}

	/** After the command has finished notifying (its own listeners may still be updating the model). */
	private void refreshSoon() {
		Control control = getControl();
		if (refreshPending || control == null || control.isDisposed()) {
			return;
		}
		refreshPending = true;
		control.getDisplay().asyncExec(() -> {
			refreshPending = false;
			if (getControl() != null && !getControl().isDisposed()) {
				refresh();
			}
		});
	}

	@Override
	public void dispose() {
		if (stack != null) {
			stack.removeCommandStackListener(changed);
		}
		super.dispose();
	}
}
