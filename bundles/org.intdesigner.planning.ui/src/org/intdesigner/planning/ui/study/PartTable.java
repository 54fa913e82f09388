package org.intdesigner.planning.ui.study;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * One list of a study (activities, category or individual allowances) as a table whose cells are edited in place:
 * every committed cell, every added or removed row is one command on the model's stack (undo, redo, dirty marker).
 * While a number is typed into a cell, the results follow it (the preview); an entry that is not a valid number is
 * said beside the table and not committed.
 */
final class PartTable {

	/** A column: its title and width, and either an attribute (text or number) or a choice (labels to values). */
	record ColumnSpec(String title, int width, EAttribute attribute, EReference reference, Function<EObject, List<?>> choices,
			Function<Object, String> choiceLabel) {

		static ColumnSpec of(String title, int width, EAttribute attribute) {
			return new ColumnSpec(title, width, attribute, null, null, null);
		}

		static ColumnSpec choice(String title, int width, EAttribute attribute, EReference reference,
				Function<EObject, List<?>> choices, Function<Object, String> label) {
			return new ColumnSpec(title, width, attribute, reference, choices, label);
		}
	}

	/** Told of a value being typed (to preview it) and of the outcome of each edit (an error, or null). */
	interface Listener {
		void typing(EObject owner, EAttribute attribute, Object value);

		void problem(String message);
	}

	private final TableViewer viewer;
	private final EditingDomain domain;
	private final EObject owner;
	private final EReference list;
	private final Function<EObject, EObject> newRow;
	private final Listener listener;

	PartTable(Composite parent, String title, EditingDomain domain, EObject owner, EReference list,
			Function<EObject, EObject> newRow, List<ColumnSpec> columns, Listener listener) {
		this.domain = domain;
		this.owner = owner;
		this.list = list;
		this.newRow = newRow;
		this.listener = listener;
		Composite header = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(header);
		header.setLayout(new GridLayout(3, false));
		Label label = new Label(header, SWT.NONE);
		label.setText(title);
		label.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
		Button add = new Button(header, SWT.PUSH);
		add.setText("Add " + title.toLowerCase(java.util.Locale.ROOT).replaceAll("ies$", "y").replaceAll("s$", ""));
		add.addListener(SWT.Selection, e -> add());
		Button remove = new Button(header, SWT.PUSH);
		remove.setText("Remove");
		remove.addListener(SWT.Selection, e -> remove());
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.MULTI);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(SWT.DEFAULT, 120).applyTo(viewer.getControl());
		for (ColumnSpec spec : columns) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
			column.getColumn().setText(spec.title());
			column.getColumn().setWidth(spec.width());
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return cellText((EObject) element, spec);
				}
			});
			column.setEditingSupport(spec.choices() != null ? new ChoiceEditing(spec) : new TextEditing(spec));
		}
		// a single click starts editing the cell, Tab moves to the next
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
				ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
						| ColumnViewerEditor.KEYBOARD_ACTIVATION);
		refresh();
	}

	TableViewer getViewer() {
		return viewer;
	}

	void refresh() {
		if (!viewer.getControl().isDisposed()) {
			viewer.setInput(((List<?>) owner.eGet(list)).toArray());
		}
	}

	private static String cellText(EObject row, ColumnSpec spec) {
		if (spec.reference() != null) {
			Object target = row.eGet(spec.reference());
			return target == null ? "" : spec.choiceLabel().apply(target);
		}
		if (spec.attribute().isUnsettable() && !row.eIsSet(spec.attribute())) {
			return "";
		}
		Object value = row.eGet(spec.attribute());
		return spec.choices() != null ? spec.choiceLabel().apply(value) : Numbers.text(value);
	}

	private void add() {
		EObject row = newRow.apply(owner);
		Command command = AddCommand.create(domain, owner, list, row);
		domain.getCommandStack().execute(command);
		refresh();
		viewer.editElement(row, 0);
	}

	private void remove() {
		List<?> selected = viewer.getStructuredSelection().toList();
		if (!selected.isEmpty()) {
			domain.getCommandStack().execute(RemoveCommand.create(domain, owner, list, selected));
			refresh();
		}
	}

	private void set(EObject row, ColumnSpec spec, Object value) {
		EObject feature = row;
		Command command = spec.reference() != null ? SetCommand.create(domain, feature, spec.reference(), value)
				: SetCommand.create(domain, feature, spec.attribute(), value == null ? SetCommand.UNSET_VALUE : value);
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	/** Text and numbers: committed when the cell is left (Enter, Tab, a click elsewhere); numbers previewed as typed. */
	private final class TextEditing extends EditingSupport {
		private final ColumnSpec spec;
		private final TextCellEditor editor;
		private EObject editing;

		TextEditing(ColumnSpec spec) {
			super(viewer);
			this.spec = spec;
			this.editor = new TextCellEditor(viewer.getTable());
			boolean number = spec.attribute().getEAttributeType().getInstanceClass() != String.class;
			if (number) {
				((Text) editor.getControl()).addModifyListener(e -> {
					try {
						listener.typing(editing, spec.attribute(), Numbers.parse(spec.attribute(), ((Text) editor.getControl()).getText()));
						listener.problem(null);
					} catch (IllegalArgumentException ex) {
						listener.problem(spec.title() + ": " + ex.getMessage());
					}
				});
			}
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			editing = (EObject) element;
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return cellText((EObject) element, spec);
		}

		@Override
		protected void setValue(Object element, Object value) {
			String text = String.valueOf(value);
			if (spec.attribute().getEAttributeType().getInstanceClass() == String.class) {
				set((EObject) element, spec, text);
				return;
			}
			try {
				set((EObject) element, spec, Numbers.parse(spec.attribute(), text));
				listener.problem(null);
			} catch (IllegalArgumentException e) {
				listener.problem(spec.title() + ": " + e.getMessage() + "; the cell was left as it was");
			}
			viewer.update(element, null);
		}
	}

	/** A choice from a list (a cohort, a period): the first entry is "(none)". */
	private final class ChoiceEditing extends EditingSupport {
		private final ColumnSpec spec;
		private List<?> choices;

		ChoiceEditing(ColumnSpec spec) {
			super(viewer);
			this.spec = spec;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			choices = spec.choices().apply((EObject) element);
			String[] labels = new String[choices.size() + 1];
			labels[0] = "(none)";
			for (int i = 0; i < choices.size(); i++) {
				labels[i + 1] = spec.choiceLabel().apply(choices.get(i));
			}
			return new ComboBoxCellEditor(viewer.getTable(), labels, SWT.READ_ONLY);
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			EObject row = (EObject) element;
			Object current = spec.reference() != null ? row.eGet(spec.reference())
					: spec.attribute().isUnsettable() && !row.eIsSet(spec.attribute()) ? null : row.eGet(spec.attribute());
			int index = choices.indexOf(current);
			return index < 0 ? 0 : index + 1;
		}

		@Override
		protected void setValue(Object element, Object value) {
			int index = (Integer) value;
			set((EObject) element, spec, index <= 0 ? null : choices.get(index - 1));
			viewer.update(element, null);
		}
	}
}
