package org.intdesigner.testsupport.ui;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IViewPart;

/** Finds the SWT composite a view's widgets live in (the e4 part's widget). */
final class ViewComposites {

	private ViewComposites() {
	}

	static Composite of(IViewPart view) {
		MPart part = view.getSite().getService(MPart.class);
		if (part != null && part.getWidget() instanceof Composite composite) {
			return composite;
		}
		throw new AssertionError("View " + view.getSite().getId() + " has no widgets yet");
	}
}
