package org.intdesigner.testsupport.ui;

/** A widget, menu item or shell a test looked for is not there (after waiting, where it waited). */
public final class WidgetNotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public WidgetNotFoundException(String message) {
		super(message);
	}
}
