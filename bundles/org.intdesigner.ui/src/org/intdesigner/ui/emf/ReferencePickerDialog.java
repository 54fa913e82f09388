package org.intdesigner.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.dialogs.FilteredList;

/**
 * Picks the one object a reference points to, as Eclipse's own pickers do: type to narrow the
 * list (any part of the label, any case), entries sorted by label, "(none)" first for an optional
 * reference, Enter or a double click to choose.
 */
public final class ReferencePickerDialog extends ElementListSelectionDialog {

	/** Stands for "no value" in the list, which cannot hold null. */
	static final Object NONE = new Object() {
		@Override
		public String toString() {
			return "(none)";
		}
	};

	private final ILabelProvider texts;

	/** {@code texts}: the labels of the choices, "(none)" included. */
	private ReferencePickerDialog(Shell parent, ILabelProvider texts) {
		super(parent, texts);
		this.texts = texts;
	}

	/**
	 * Opens the picker over {@code choices} (null among them: the reference may be cleared) and
	 * returns the chosen value, {@link #NONE} for "(none)", or null when cancelled.
	 */
	static Object pick(Shell parent, String title, Collection<?> choices, Object current, ILabelProvider labels) {
		ReferencePickerDialog dialog = new ReferencePickerDialog(parent, labelsWithNone(labels));
		List<Object> elements = new ArrayList<>(choices.size());
		for (Object choice : choices) {
			elements.add(choice == null ? NONE : choice);
		}
		dialog.setTitle(title);
		dialog.setMessage("Type to find the " + title.toLowerCase(Locale.ROOT) + " (any part of the name):");
		dialog.setElements(elements.toArray());
		dialog.setMultipleSelection(false);
		// two posts of one name are two posts: both stay in the list
		dialog.setAllowDuplicates(true);
		dialog.setIgnoreCase(true);
		dialog.setEmptyListMessage("Nothing can be chosen here.");
		// post labels name the employer and the holder: wide enough to read them whole
		dialog.setSize(90, 18);
		if (current != null && elements.contains(current)) {
			dialog.setInitialSelections(current);
		}
		if (dialog.open() != Window.OK || dialog.getFirstResult() == null) {
			return null;
		}
		return dialog.getFirstResult();
	}

	@Override
	protected FilteredList createFilteredList(Composite parent) {
		FilteredList list = super.createFilteredList(parent);
		// sorted by label as read, "(none)" always first
		list.setComparator((a, b) -> {
			String first = a instanceof String text ? text : texts.getText(a);
			String second = b instanceof String text ? text : texts.getText(b);
			boolean firstNone = NONE.toString().equals(first);
			boolean secondNone = NONE.toString().equals(second);
			return firstNone || secondNone ? Boolean.compare(secondNone, firstNone)
					: String.CASE_INSENSITIVE_ORDER.compare(first, second);
		});
		// a name is found by any of its words ("coordinator" finds "Care coordinator"), not only its start
		list.setFilterMatcher(new FilteredList.FilterMatcher() {
			private String pattern = "";

			@Override
			public void setFilter(String filter, boolean ignoreCase, boolean ignoreWildCards) {
				pattern = filter.strip().toLowerCase(Locale.ROOT);
			}

			@Override
			public boolean match(Object element) {
				return pattern.isEmpty() || texts.getText(element).toLowerCase(Locale.ROOT).contains(pattern);
			}
		});
		return list;
	}

	private static ILabelProvider labelsWithNone(ILabelProvider labels) {
		return new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element == NONE ? NONE.toString() : labels.getText(element);
			}

			@Override
			public Image getImage(Object element) {
				return element == NONE ? null : labels.getImage(element);
			}
		};
	}
}
