package org.intdesigner.ui.editor;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ICellModifier;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.swt.widgets.Item;
import org.eclipse.ui.actions.ActionFactory;
import org.intdesigner.model.Element;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.edit.AllocatedPostItemProvider;

/**
 * Rename in place: F2 (the workbench's Rename, bound through the global action) or Rename in the
 * context menu edits the selected element's name; the change is one undoable command.
 */
final class TreeRename {

	private static final String NAME = "name";

	private final TreeViewer viewer;
	private final Action action = new Action("Rena&me") {
		@Override
		public void run() {
			Object selected = viewer.getStructuredSelection().getFirstElement();
			if (named(selected) != null) {
				viewer.editElement(selected, 0);
			}
		}
	};

	private TreeRename(TreeViewer viewer) {
		this.viewer = viewer;
		action.setId(ActionFactory.RENAME.getId());
		action.setActionDefinitionId(ActionFactory.RENAME.getCommandId());
		// F2 runs this action only while it is enabled: it must follow the selection, not only
		// the last context menu (which left it off after New on a folder)
		viewer.addSelectionChangedListener(event -> update());
		update();
	}

	static TreeRename install(EditingDomain domain, TreeViewer viewer) {
		TreeRename rename = new TreeRename(viewer);
		viewer.setColumnProperties(new String[] { NAME });
		viewer.setCellEditors(new CellEditor[] { new TextCellEditor(viewer.getTree()) });
		viewer.setCellModifier(new ICellModifier() {
			@Override
			public boolean canModify(Object element, String property) {
				return named(element) != null;
			}

			@Override
			public Object getValue(Object element, String property) {
				String name = named(element).getName();
				return name == null ? "" : name;
			}

			@Override
			public void modify(Object item, String property, Object value) {
				Element named = named(item instanceof Item widget ? widget.getData() : item);
				if (named != null && !value.equals(getValue(named, property))) {
					domain.getCommandStack().execute(
							SetCommand.create(domain, named, IntdPackage.Literals.ELEMENT__NAME, value));
				}
			}
		});
		// only F2 and the menu start editing; a click selects as usual
		TreeViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC;
			}
		}, ColumnViewerEditor.DEFAULT);
		return rename;
	}

	Action getAction() {
		return action;
	}

	void update() {
		action.setEnabled(viewer.getStructuredSelection().size() == 1
				&& named(viewer.getStructuredSelection().getFirstElement()) != null);
	}

	/** What a tree node renames: an element, or the post a team shows as allocated to it. */
	private static Element named(Object node) {
		if (node instanceof AllocatedPostItemProvider allocated) {
			return allocated.getPost();
		}
		return node instanceof Element element ? element : null;
	}
}
