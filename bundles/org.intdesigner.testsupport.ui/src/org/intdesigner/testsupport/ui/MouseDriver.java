package org.intdesigner.testsupport.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/**
 * Mouse gestures on a control, in the control's own coordinates: clicks, double-clicks, drags
 * (with the moves in between, as a hand makes them), wheel turns. The events go to the control's
 * listeners on the UI thread exactly as SWT delivers them, without depending on where a window
 * manager put the window.
 */
public final class MouseDriver {

	private static final int DRAG_STEPS = 5;

	private final UiThread ui;

	MouseDriver(UiThread ui) {
		this.ui = ui;
	}

	public void click(Control control, int x, int y) {
		click(control, x, y, SWT.NONE);
	}

	/** A left click with modifier keys held (SWT.MOD1, SWT.SHIFT). */
	public void click(Control control, int x, int y, int modifiers) {
		ui.run(() -> {
			send(control, SWT.MouseMove, x, y, 0, modifiers);
			send(control, SWT.MouseDown, x, y, 1, modifiers);
			send(control, SWT.MouseUp, x, y, 1, modifiers | SWT.BUTTON1);
		});
		ui.flush();
	}

	public void rightClick(Control control, int x, int y) {
		ui.run(() -> {
			send(control, SWT.MouseDown, x, y, 3, SWT.NONE);
			send(control, SWT.MouseUp, x, y, 3, SWT.BUTTON3);
		});
		ui.flush();
	}

	public void doubleClick(Control control, int x, int y) {
		ui.run(() -> {
			send(control, SWT.MouseDown, x, y, 1, SWT.NONE);
			send(control, SWT.MouseUp, x, y, 1, SWT.BUTTON1);
			send(control, SWT.MouseDown, x, y, 1, SWT.NONE);
			send(control, SWT.MouseDoubleClick, x, y, 1, SWT.NONE);
			send(control, SWT.MouseUp, x, y, 1, SWT.BUTTON1);
		});
		ui.flush();
	}

	/** Presses at (x1, y1), moves in a few steps to (x2, y2), releases there. */
	public void drag(Control control, int x1, int y1, int x2, int y2) {
		drag(control, x1, y1, x2, y2, SWT.NONE);
	}

	public void drag(Control control, int x1, int y1, int x2, int y2, int modifiers) {
		ui.run(() -> {
			send(control, SWT.MouseMove, x1, y1, 0, modifiers);
			send(control, SWT.MouseDown, x1, y1, 1, modifiers);
			for (int step = 1; step <= DRAG_STEPS; step++) {
				send(control, SWT.MouseMove, x1 + (x2 - x1) * step / DRAG_STEPS, y1 + (y2 - y1) * step / DRAG_STEPS, 0,
						modifiers | SWT.BUTTON1);
			}
			send(control, SWT.MouseUp, x2, y2, 1, modifiers | SWT.BUTTON1);
		});
		ui.flush();
	}

	/** Turns the wheel by {@code count} notches (positive: away from the user) at a point. */
	public void wheel(Control control, int x, int y, int count, int modifiers) {
		ui.run(() -> {
			Event event = event(control, SWT.MouseVerticalWheel, x, y, 0, modifiers);
			event.count = count;
			control.notifyListeners(SWT.MouseVerticalWheel, event);
		});
		ui.flush();
	}

	private static void send(Control control, int type, int x, int y, int button, int stateMask) {
		if (!control.isDisposed()) {
			control.notifyListeners(type, event(control, type, x, y, button, stateMask));
		}
	}

	private static Event event(Control control, int type, int x, int y, int button, int stateMask) {
		Event event = UiDriver.event(control);
		event.type = type;
		event.x = x;
		event.y = y;
		event.button = button;
		event.stateMask = stateMask;
		event.count = type == SWT.MouseDoubleClick ? 2 : 1;
		return event;
	}
}
