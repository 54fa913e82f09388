package org.intdesigner.app.perspectives;

import org.eclipse.ui.IPageLayout;
import org.intdesigner.app.IntdIds;

/** The Window &gt; Show View and Open Perspective short lists shared by both perspectives. */
final class Shortcuts {

	private Shortcuts() {
	}

	static void addTo(IPageLayout layout) {
		layout.addNewWizardShortcut(org.intdesigner.ui.wizards.NewModelWizard.ID);
		layout.addShowViewShortcut(IntdIds.VIEW_MODEL_EXPLORER);
		layout.addShowViewShortcut(IntdIds.VIEW_PROPERTIES);
		layout.addShowViewShortcut(IntdIds.VIEW_OUTLINE);
		layout.addShowViewShortcut(IntdIds.VIEW_PROGRESS);
		layout.addShowViewShortcut(IntdIds.VIEW_HELP);
		layout.addPerspectiveShortcut(IntdIds.PERSPECTIVE_DESIGN);
		layout.addPerspectiveShortcut(IntdIds.PERSPECTIVE_WORKFORCE);
	}
}
