package org.intdesigner.app.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.intdesigner.app.IntdIds;

/**
 * The Workforce perspective: the Model Explorer on the left (a team's context menu leads to its
 * figures), dashboards and data in the middle, properties and the progress of long imports below.
 * Workforce views of later bundles join through perspectiveExtensions.
 */
public final class WorkforcePerspective implements IPerspectiveFactory {

	public static final String FOLDER_BOTTOM = "org.intdesigner.app.workforce.bottom";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(IntdIds.VIEW_MODEL_EXPLORER, IPageLayout.LEFT, 0.20f, editors);
		IFolderLayout bottom = layout.createFolder(FOLDER_BOTTOM, IPageLayout.BOTTOM, 0.80f, editors);
		bottom.addView(IntdIds.VIEW_PROGRESS);
		bottom.addView(IntdIds.VIEW_PROPERTIES);
		layout.addPlaceholder(IntdIds.VIEW_HELP, IPageLayout.RIGHT, 0.45f, editors);
		Shortcuts.addTo(layout);
	}
}
