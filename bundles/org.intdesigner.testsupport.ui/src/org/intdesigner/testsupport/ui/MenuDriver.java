package org.intdesigner.testsupport.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * Walks menu paths such as {@code "File", "Open Recent"} in the menu bar or a control's context
 * menu. Like a person opening menus, it shows each menu first (SWT.Show), which is when the
 * workbench's menu managers fill in their items, and hides it again afterwards.
 */
public final class MenuDriver {

	private final UiDriver driver;

	MenuDriver(UiDriver driver) {
		this.driver = driver;
	}

	/** Selects the menu-bar item at this path, e.g. {@code select("File", "Save As...")}. */
	public void select(String... path) {
		MenuItem item = item(path);
		driver.click(item);
	}

	/**
	 * Selects the item at this path of the control's context menu. The menu is opened and the item
	 * chosen in one go, as a person does: items contributed by other plug-ins exist only while the
	 * menu is showing.
	 */
	public void selectInContextMenu(Control control, String... path) {
		contextItem(control, path);
		// set before the item's action runs (it may open a modal dialog and not return until it closes)
		java.util.concurrent.atomic.AtomicReference<String> chosen = new java.util.concurrent.atomic.AtomicReference<>();
		driver.ui().async(() -> {
			control.notifyListeners(SWT.MenuDetect, UiDriver.event(control));
			Menu menu = control.getMenu();
			List<Menu> shown = new ArrayList<>();
			MenuItem item = null;
			for (int i = 0; i < path.length && menu != null; i++) {
				item = itemIn(menu, path[i], shown);
				menu = item == null ? null : item.getMenu();
			}
			if (item == null || item.isDisposed()) {
				chosen.set("missing");
			} else if (!item.isEnabled()) {
				// a person cannot choose a greyed-out item; a test that does would hide the defect
				chosen.set("disabled");
			} else {
				chosen.set("chosen");
				item.notifyListeners(SWT.Selection, UiDriver.event(item));
			}
			hide(shown);
		});
		driver.waitUntil(Condition.of("the context menu item " + String.join(" > ", path) + " chosen", () -> chosen.get() != null));
		if (!"chosen".equals(chosen.get())) {
			throw new AssertionError("Cannot choose " + String.join(" > ", path) + " in the context menu of "
					+ driver.ui().call(() -> UiDriver.describe(control)) + ": it is " + chosen.get());
		}
	}

	/** The menu-bar item at this path; waits for it. */
	public MenuItem item(String... path) {
		return waitFor(path, () -> driver.workbenchShell().getMenuBar(), "the menu bar");
	}

	public MenuItem contextItem(Control control, String... path) {
		return waitFor(path, () -> driver.ui().call(() -> {
			control.notifyListeners(SWT.MenuDetect, UiDriver.event(control));
			return control.getMenu();
		}), "the context menu of " + driver.ui().call(() -> UiDriver.describe(control)));
	}

	/** The visible item texts of the menu at this path of the menu bar (empty path: the bar itself). */
	public List<String> texts(String... path) {
		return texts(() -> driver.workbenchShell().getMenuBar(), path);
	}

	/** The entries of a submenu of {@code control}'s context menu, e.g. contextTexts(tree, "New"). */
	public List<String> contextTexts(Control control, String... path) {
		return texts(() -> {
			control.notifyListeners(SWT.MenuDetect, UiDriver.event(control));
			return control.getMenu();
		}, path);
	}

	private List<String> texts(java.util.function.Supplier<Menu> top, String... path) {
		return driver.ui().call(() -> {
			Menu menu = top.get();
			List<Menu> shown = new ArrayList<>();
			try {
				for (String step : path) {
					MenuItem item = itemIn(menu, step, shown);
					if (item == null || item.getMenu() == null) {
						throw new WidgetNotFoundException("No submenu '" + step + "' on the path " + Arrays.toString(path));
					}
					menu = item.getMenu();
				}
				show(menu, shown);
				return Arrays.stream(menu.getItems()).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0)
						.map(i -> WidgetText.clean(i.getText())).toList();
			} finally {
				hide(shown);
			}
		});
	}

	private interface MenuSource {
		Menu get();
	}

	private MenuItem waitFor(String[] path, MenuSource source, String where) {
		MenuItem[] found = new MenuItem[1];
		driver.waitUntil(Condition.of("menu item " + String.join(" > ", path) + " in " + where, () -> {
			found[0] = walk(source.get(), path);
			return found[0] != null;
		}));
		return found[0];
	}

	/** Follows the path, showing the menus on the way; returns null if a step is missing. */
	private static MenuItem walk(Menu root, String[] path) {
		if (root == null) {
			return null;
		}
		List<Menu> shown = new ArrayList<>();
		try {
			Menu menu = root;
			MenuItem item = null;
			for (int i = 0; i < path.length; i++) {
				item = itemIn(menu, path[i], shown);
				if (item == null) {
					return null;
				}
				if (i < path.length - 1) {
					menu = item.getMenu();
					if (menu == null) {
						return null;
					}
				}
			}
			return item;
		} finally {
			hide(shown);
		}
	}

	private static MenuItem itemIn(Menu menu, String text, List<Menu> shown) {
		show(menu, shown);
		return Arrays.stream(menu.getItems()).filter(i -> Objects.equals(text, WidgetText.clean(i.getText())))
				.findFirst().orElse(null);
	}

	private static void show(Menu menu, List<Menu> shown) {
		if ((menu.getStyle() & SWT.BAR) == 0) {
			menu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
			shown.add(menu);
		}
	}

	private static void hide(List<Menu> shown) {
		for (int i = shown.size() - 1; i >= 0; i--) {
			Menu menu = shown.get(i);
			if (!menu.isDisposed()) {
				menu.notifyListeners(SWT.Hide, new org.eclipse.swt.widgets.Event());
			}
		}
	}
}
