package org.intdesigner.testsupport.ui;

import java.util.Arrays;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** Selects and opens items of trees and tables by their visible text. */
public final class ItemDriver {

	private final UiDriver driver;

	ItemDriver(UiDriver driver) {
		this.driver = driver;
	}

	/** Expands the path of a tree and selects its last item, as a click would. */
	public TreeItem select(Tree tree, String... path) {
		TreeItem[] found = new TreeItem[1];
		driver.waitUntil(Condition.of("tree item " + String.join(" > ", path), () -> {
			found[0] = walk(tree, path);
			return found[0] != null;
		}));
		driver.ui().run(() -> {
			tree.setSelection(found[0]);
			tree.notifyListeners(SWT.Selection, selection(tree, found[0]));
		});
		return found[0];
	}

	/** Selects then double-clicks (default selection) a tree item, e.g. to open it. */
	public void open(Tree tree, String... path) {
		TreeItem item = select(tree, path);
		driver.ui().async(() -> tree.notifyListeners(SWT.DefaultSelection, selection(tree, item)));
	}

	/** Selects the first table row whose text in the given column equals text. */
	public TableItem select(Table table, int column, String text) {
		TableItem[] found = new TableItem[1];
		driver.waitUntil(Condition.of("table row with '" + text + "' in column " + column, () -> {
			found[0] = Arrays.stream(table.getItems()).filter(i -> Objects.equals(text, i.getText(column))).findFirst()
					.orElse(null);
			return found[0] != null;
		}));
		driver.ui().run(() -> {
			table.setSelection(found[0]);
			table.notifyListeners(SWT.Selection, selection(table, found[0]));
		});
		return found[0];
	}

	private static TreeItem walk(Tree tree, String[] path) {
		TreeItem[] level = tree.getItems();
		TreeItem item = null;
		for (int i = 0; i < path.length; i++) {
			String text = path[i];
			item = Arrays.stream(level).filter(t -> Objects.equals(text, t.getText())).findFirst().orElse(null);
			if (item == null) {
				return null;
			}
			if (i < path.length - 1) {
				if (!item.getExpanded()) {
					// viewers fill children lazily on SWT.Expand
					Event expand = UiDriver.event(tree);
					expand.item = item;
					tree.notifyListeners(SWT.Expand, expand);
					item.setExpanded(true);
				}
				level = item.getItems();
			}
		}
		return item;
	}

	private static Event selection(org.eclipse.swt.widgets.Widget control, org.eclipse.swt.widgets.Item item) {
		Event event = UiDriver.event(control);
		event.item = item;
		return event;
	}
}
