package org.intdesigner.testsupport.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Drives the real widgets of the running workbench from a test thread, the way a person would:
 * find widgets by text, label, tool tip or view, click, type, select, open menus and context
 * menus, and wait for the result. Every widget access runs on the UI thread; actions that may
 * open a modal dialog run asynchronously so the test can go on to answer it.
 */
public final class UiDriver {

	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

	private final UiThread ui;
	private final Duration timeout;
	private final MenuDriver menus;
	private final ItemDriver items;

	public UiDriver(Display display, Duration timeout) {
		this.ui = new UiThread(display);
		this.timeout = timeout;
		this.menus = new MenuDriver(this);
		this.items = new ItemDriver(this);
	}

	/** A driver for the running workbench's display. */
	public static UiDriver forWorkbench() {
		return new UiDriver(PlatformUI.getWorkbench().getDisplay(), DEFAULT_TIMEOUT);
	}

	public UiThread ui() {
		return ui;
	}

	public Duration timeout() {
		return timeout;
	}

	public MenuDriver menus() {
		return menus;
	}

	public MouseDriver mouse() {
		return new MouseDriver(ui);
	}

	public ItemDriver items() {
		return items;
	}

	// ---- waiting

	/** Waits until the condition holds (tested on the UI thread), or fails naming it. */
	public void waitUntil(Condition condition) {
		waitUntil(condition, timeout);
	}

	public void waitUntil(Condition condition, Duration limit) {
		long deadline = System.nanoTime() + limit.toNanos();
		while (true) {
			if (ui.call(condition::test)) {
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + limit.toMillis() + " ms waiting for: " + condition.describe());
			}
			sleep(50);
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting", e);
		}
	}

	// ---- shells

	/** The workbench window's shell. */
	public Shell workbenchShell() {
		return ui.call(() -> window().getShell());
	}

	/** Waits for a visible shell with this title (a dialog or wizard) and returns it. */
	public Shell shell(String title) {
		waitUntil(Condition.of("a shell titled '" + title + "'", () -> findShell(title).isPresent()));
		return ui.call(() -> findShell(title).orElseThrow());
	}

	/** True while a visible shell with this title exists. */
	public boolean hasShell(String title) {
		return ui.call(() -> findShell(title).isPresent());
	}

	private Optional<Shell> findShell(String title) {
		return Arrays.stream(ui.display().getShells())
				.filter(s -> !s.isDisposed() && s.isVisible() && Objects.equals(title, s.getText())).findFirst();
	}

	/** Closes every visible shell except the workbench window (cleanup after a failed test). */
	public void closeDialogs() {
		ui.run(() -> {
			Shell main = window().getShell();
			for (Shell shell : ui.display().getShells()) {
				if (shell != main && !shell.isDisposed() && shell.isVisible()) {
					shell.close();
				}
			}
		});
	}

	// ---- finding widgets

	/** Waits for the first widget matching the query in the given composite (e.g. a shell or a view). */
	public <T extends Widget> T find(WidgetQuery<T> query, Composite in) {
		waitUntil(Condition.of(query.describe(), () -> !query.findIn(in).isEmpty()));
		return ui.call(() -> query.findIn(in).get(0));
	}

	/** Waits for the first widget matching the query in the active shell, else in any visible shell. */
	public <T extends Widget> T find(WidgetQuery<T> query) {
		waitUntil(Condition.of(query.describe() + " in any shell", () -> !findEverywhere(query).isEmpty()));
		return ui.call(() -> findEverywhere(query).get(0));
	}

	/** All matches right now, without waiting. */
	public <T extends Widget> List<T> findAll(WidgetQuery<T> query, Composite in) {
		return ui.call(() -> query.findIn(in));
	}

	private <T extends Widget> List<T> findEverywhere(WidgetQuery<T> query) {
		List<T> found = new ArrayList<>();
		Shell active = ui.display().getActiveShell();
		if (active != null) {
			found.addAll(query.findIn(active));
		}
		for (Shell shell : ui.display().getShells()) {
			if (shell != active && !shell.isDisposed() && shell.isVisible()) {
				found.addAll(query.findIn(shell));
			}
		}
		return found;
	}

	public Button button(String text) {
		return find(WidgetQuery.of(Button.class).withText(text));
	}

	public Text textWithLabel(String label) {
		return find(WidgetQuery.of(Text.class).withLabel(label));
	}

	// ---- views and perspectives

	public IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	public IWorkbenchPage page() {
		return ui.call(() -> window().getActivePage());
	}

	/** Shows the view with this id and returns it; fails if it cannot be created. */
	public IViewPart showView(String viewId) {
		return ui.call(() -> {
			try {
				return window().getActivePage().showView(viewId);
			} catch (PartInitException e) {
				throw new AssertionError("View " + viewId + " could not be shown: " + e.getMessage(), e);
			}
		});
	}

	/** The composite that holds the view's widgets, to search in. */
	public Composite viewComposite(String viewId) {
		IViewPart view = showView(viewId);
		return ui.call(() -> ViewComposites.of(view));
	}

	public void openPerspective(String perspectiveId) {
		ui.run(() -> {
			IWorkbenchPage page = window().getActivePage();
			page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(perspectiveId));
		});
		waitUntil(Condition.of("perspective " + perspectiveId + " active",
				() -> perspectiveId.equals(window().getActivePage().getPerspective().getId())));
	}

	// ---- acting on widgets

	/** Clicks a button, tool item or other selectable widget (asynchronously: it may open a dialog). */
	public void click(Widget widget) {
		ui.run(() -> {
			if (widget instanceof Button button && (button.getStyle() & (SWT.CHECK | SWT.TOGGLE)) != 0) {
				button.setSelection(!button.getSelection());
			} else if (widget instanceof Button button && (button.getStyle() & SWT.RADIO) != 0) {
				deselectOtherRadios(button);
				button.setSelection(true);
			} else if (widget instanceof ToolItem item && (item.getStyle() & (SWT.RADIO | SWT.CHECK)) != 0) {
				item.setSelection((item.getStyle() & SWT.RADIO) != 0 || !item.getSelection());
			}
			if (widget instanceof Control control && !control.isEnabled()
					|| widget instanceof org.eclipse.swt.widgets.MenuItem menuItem && !menuItem.isEnabled()) {
				throw new AssertionError("Cannot click " + describe(widget) + ": it is disabled");
			}
		});
		ui.async(() -> {
			if (!widget.isDisposed()) {
				widget.notifyListeners(SWT.Selection, event(widget));
			}
		});
	}

	/** As a click on a radio button does: the other radio buttons of its group (its parent) go off. */
	private static void deselectOtherRadios(Button button) {
		if ((button.getParent().getStyle() & SWT.NO_RADIO_GROUP) != 0) {
			return;
		}
		for (Control sibling : button.getParent().getChildren()) {
			if (sibling != button && sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0
					&& other.getSelection()) {
				other.setSelection(false);
				other.notifyListeners(SWT.Selection, event(other));
			}
		}
	}

	/** Puts text into a text field, combo or styled text as if typed (modify listeners fire). */
	public void type(Control control, String text) {
		ui.run(() -> {
			control.setFocus();
			switch (control) {
			case Text t -> t.setText(text);
			case StyledText t -> t.setText(text);
			case Combo c -> c.setText(text);
			default -> throw new AssertionError("Cannot type into " + describe(control));
			}
		});
	}

	/**
	 * Presses a key combination for real (through the window system), e.g.
	 * {@code keys(SWT.MOD1, 's')} for Ctrl+S. The focus decides who receives it.
	 */
	public void keys(int modifiers, char key) {
		ensureActiveShell();
		ui.run(keyPresses(modifiers, key));
		ui.flush();
	}

	/**
	 * Presses a key combination that opens a modal dialog (e.g. Enter on a cell that opens a picker):
	 * the keys are posted from the event loop itself and this returns at once, because waiting for
	 * the UI thread to be idle would wait for the dialog to close.
	 */
	public void keysOpeningDialog(int modifiers, char key) {
		ensureActiveShell();
		ui.async(keyPresses(modifiers, key));
	}

	private Runnable keyPresses(int modifiers, char key) {
		return () -> {
			Display display = ui.display();
			List<Integer> mods = modifierKeys(modifiers);
			mods.forEach(m -> post(display, SWT.KeyDown, m, '\0'));
			// control characters (Delete, Escape, Enter, ...) are only recognised by their key code
			int keyCode = key < 0x20 || key == SWT.DEL ? key : 0;
			post(display, SWT.KeyDown, keyCode, key);
			post(display, SWT.KeyUp, keyCode, key);
			mods.reversed().forEach(m -> post(display, SWT.KeyUp, m, '\0'));
		};
	}

	/**
	 * Real key presses go to the window that has the input focus. Without a window manager (Xvfb)
	 * closing a dialog can leave no window active; then the workbench window is activated again.
	 */
	private void ensureActiveShell() {
		if (ui.call(() -> ui.display().getActiveShell() == null)) {
			ui.run(() -> workbenchShell().forceActive());
			waitUntil(Condition.of("an active window", () -> ui.call(() -> ui.display().getActiveShell() != null)));
		}
	}

	/** Presses a key that has no character, e.g. {@code press(SWT.NONE, SWT.F2)}. */
	public void press(int modifiers, int keyCode) {
		ensureActiveShell();
		ui.run(() -> {
			Display display = ui.display();
			List<Integer> mods = modifierKeys(modifiers);
			mods.forEach(m -> post(display, SWT.KeyDown, m, '\0'));
			post(display, SWT.KeyDown, keyCode, '\0');
			post(display, SWT.KeyUp, keyCode, '\0');
			mods.reversed().forEach(m -> post(display, SWT.KeyUp, m, '\0'));
		});
		ui.flush();
	}

	private static List<Integer> modifierKeys(int modifiers) {
		List<Integer> keys = new ArrayList<>();
		for (int mod : new int[] { SWT.CTRL, SWT.SHIFT, SWT.ALT }) {
			if ((modifiers & mod) != 0) {
				keys.add(mod);
			}
		}
		return keys;
	}

	private static void post(Display display, int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		display.post(event);
	}

	/** Selects an entry of a combo by its text. */
	public void select(Combo combo, String entry) {
		ui.run(() -> {
			int index = combo.indexOf(entry);
			if (index < 0) {
				throw new AssertionError("Combo has no entry '" + entry + "': " + Arrays.toString(combo.getItems()));
			}
			combo.select(index);
			combo.notifyListeners(SWT.Selection, event(combo));
		});
	}

	/** The text a person sees on the widget. */
	public String textOf(Widget widget) {
		return ui.call(() -> WidgetText.of(widget));
	}

	// ---- screenshots

	public Path screenshot(String name) {
		return Screenshots.capture(ui.display(), Screenshots.folder().resolve(name + ".png"));
	}

	/** Saves what the shell (a dialog, say) shows to target/screenshots/&lt;name&gt;.png, the shell only. */
	public Path screenshot(String name, Shell shell) {
		// the X server shows a new dialog, a resize or a typed text a moment after SWT asks: let it
		// catch up, then paint everything still pending, so the picture shows what the test did
		for (int i = 0; i < 3; i++) {
			sleep(150);
			ui.flush();
		}
		ui.run(() -> {
			shell.redraw(0, 0, shell.getSize().x, shell.getSize().y, true);
			shell.update();
		});
		return Screenshots.capture(shell, Screenshots.folder().resolve(name + ".png"));
	}

	static Event event(Widget widget) {
		Event event = new Event();
		event.widget = widget;
		event.display = widget.getDisplay();
		event.time = (int) System.currentTimeMillis();
		return event;
	}

	static String describe(Widget widget) {
		String text = WidgetText.of(widget);
		return widget.getClass().getSimpleName() + (text == null || text.isEmpty() ? "" : " '" + text + "'");
	}
}
