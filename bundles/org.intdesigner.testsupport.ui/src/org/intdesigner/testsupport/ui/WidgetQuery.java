package org.intdesigner.testsupport.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.Widget;

/**
 * Describes widgets to look for: a type plus any of text, label, tool tip or a custom test.
 * {@link #findIn(Composite)} must run on the UI thread; {@link UiDriver} does that and waits.
 */
public final class WidgetQuery<T extends Widget> {

	private final Class<T> type;
	private final List<Predicate<Widget>> tests = new ArrayList<>();
	private final List<String> descriptions = new ArrayList<>();
	private boolean visibleOnly = true;

	private WidgetQuery(Class<T> type) {
		this.type = type;
		descriptions.add(type.getSimpleName());
	}

	public static <T extends Widget> WidgetQuery<T> of(Class<T> type) {
		return new WidgetQuery<>(type);
	}

	/** The widget's own text, without mnemonics or accelerators. */
	public WidgetQuery<T> withText(String text) {
		return with("text '" + text + "'", w -> Objects.equals(text, WidgetText.of(w)));
	}

	/** A control that comes right after a label with this text (as form fields do). */
	public WidgetQuery<T> withLabel(String label) {
		return with("label '" + label + "'", w -> labelled(w, label));
	}

	public WidgetQuery<T> withToolTip(String toolTip) {
		return with("tool tip '" + toolTip + "'", w -> Objects.equals(toolTip, WidgetText.toolTipOf(w)));
	}

	public WidgetQuery<T> matching(String description, Predicate<T> test) {
		return with(description, w -> test.test(type.cast(w)));
	}

	/** Also finds controls that are not visible (e.g. on a hidden tab). */
	public WidgetQuery<T> includingHidden() {
		visibleOnly = false;
		return this;
	}

	private WidgetQuery<T> with(String description, Predicate<Widget> test) {
		descriptions.add(description);
		tests.add(test);
		return this;
	}

	public String describe() {
		return String.join(" with ", descriptions);
	}

	/** All matching widgets below root, in tree order. Call on the UI thread. */
	public List<T> findIn(Composite root) {
		List<T> found = new ArrayList<>();
		collect(root, found);
		return found;
	}

	private void collect(Widget widget, List<T> found) {
		if (widget.isDisposed()) {
			return;
		}
		if (widget instanceof Control control && visibleOnly && !control.isVisible()) {
			return;
		}
		if (type.isInstance(widget) && tests.stream().allMatch(t -> t.test(widget))) {
			found.add(type.cast(widget));
		}
		for (Widget child : children(widget)) {
			collect(child, found);
		}
	}

	private static List<Widget> children(Widget widget) {
		List<Widget> children = new ArrayList<>();
		switch (widget) {
		case ToolBar bar -> children.addAll(List.of(bar.getItems()));
		case CTabFolder folder -> children.addAll(List.of(folder.getItems()));
		case TabFolder folder -> children.addAll(List.of(folder.getItems()));
		default -> {
			// no items
		}
		}
		if (widget instanceof Composite composite) {
			children.addAll(List.of(composite.getChildren()));
		}
		return children;
	}

	private static boolean labelled(Widget widget, String label) {
		if (!(widget instanceof Control control) || control.getParent() == null) {
			return false;
		}
		Control[] siblings = control.getParent().getChildren();
		for (int i = 1; i < siblings.length; i++) {
			if (siblings[i] == control) {
				Control before = siblings[i - 1];
				String text = before instanceof Label l ? l.getText() : before instanceof CLabel c ? c.getText() : null;
				String cleaned = WidgetText.clean(text);
				return cleaned != null && (cleaned.equals(label) || cleaned.equals(label + ":"));
			}
		}
		return false;
	}
}
