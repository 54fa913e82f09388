package org.intdesigner.planning.ui.scenarios;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.intdesigner.model.compare.ModelChange;

/**
 * The filters above the changes: a toggle button per kind of change (with its icon and count; pressed shows that
 * kind), the element type, and a text. Tells its listener after every change of any of them.
 */
final class ChangeFilterBar {

	static final String ALL_TYPES = "All types";

	private final Composite bar;
	private final Map<ModelChange.Kind, Button> kinds = new EnumMap<>(ModelChange.Kind.class);
	private final Combo type;
	private final List<String> types = new ArrayList<>();
	private final Text text;

	ChangeFilterBar(Composite parent, ChangeIcons icons, Runnable changed) {
		bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(ModelChange.Kind.values().length + 3).margins(4, 4).applyTo(bar);
		for (ModelChange.Kind kind : ModelChange.Kind.values()) {
			Button button = new Button(bar, SWT.TOGGLE);
			button.setImage(icons.image(kind));
			button.setSelection(true);
			button.setToolTipText("Show the elements " + kind.label() + " (press again to hide them)");
			button.addListener(SWT.Selection, e -> changed.run());
			kinds.put(kind, button);
			setCount(kind, 0);
		}
		new Label(bar, SWT.NONE).setText("Type:");
		type = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		type.setItems(ALL_TYPES);
		type.select(0);
		type.setToolTipText("Show the changes of one type of element only");
		type.addListener(SWT.Selection, e -> changed.run());
		text = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		text.setMessage("Filter by code, name or value");
		text.setToolTipText("Show the changes whose element code or name, feature, before or after contains this text");
		text.addModifyListener(e -> changed.run());
		GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(text);
	}

	Composite getControl() {
		return bar;
	}

	/** The label of a kind's button: its name and how many changes of that kind the comparison has. */
	void setCount(ModelChange.Kind kind, int count) {
		String label = kind.label();
		kinds.get(kind).setText(Character.toUpperCase(label.charAt(0)) + label.substring(1) + " " + count);
	}

	/** The types the combo offers (besides all), keeping the one chosen while it is still there. */
	void setTypes(List<String> offered) {
		if (offered.equals(types)) {
			return;
		}
		String chosen = chosenType();
		types.clear();
		types.addAll(offered);
		List<String> items = new ArrayList<>();
		items.add(ALL_TYPES);
		offered.forEach(t -> items.add(ChangeLabels.typeName(t)));
		type.setItems(items.toArray(String[]::new));
		int index = chosen == null ? -1 : types.indexOf(chosen);
		type.select(index < 0 ? 0 : index + 1);
		bar.layout(true);
	}

	private String chosenType() {
		int index = type.getSelectionIndex();
		return index <= 0 || index > types.size() ? null : types.get(index - 1);
	}

	ChangeFilter filter() {
		Set<ModelChange.Kind> shown = EnumSet.noneOf(ModelChange.Kind.class);
		kinds.forEach((kind, button) -> {
			if (button.getSelection()) {
				shown.add(kind);
			}
		});
		return new ChangeFilter(shown, chosenType(), text.getText());
	}

	Button kindButton(ModelChange.Kind kind) {
		return kinds.get(kind);
	}

	Combo typeCombo() {
		return type;
	}

	Text textField() {
		return text;
	}
}
