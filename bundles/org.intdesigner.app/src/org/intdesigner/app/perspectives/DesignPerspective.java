package org.intdesigner.app.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.intdesigner.app.IntdIds;

/**
 * The Design perspective: editors and diagrams in the middle, the model's outline on the left,
 * properties and progress below. Views of later bundles join through perspectiveExtensions.
 */
public final class DesignPerspective implements IPerspectiveFactory {

	public static final String FOLDER_LEFT = "org.intdesigner.app.design.left";
	public static final String FOLDER_BOTTOM = "org.intdesigner.app.design.bottom";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder(FOLDER_LEFT, IPageLayout.LEFT, 0.22f, editors);
		left.addView(IntdIds.VIEW_MODEL_EXPLORER);
		left.addView(IntdIds.VIEW_OUTLINE);
		IFolderLayout bottom = layout.createFolder(FOLDER_BOTTOM, IPageLayout.BOTTOM, 0.72f, editors);
		bottom.addView(IntdIds.VIEW_PROPERTIES);
		bottom.addView(IntdIds.VIEW_VALIDATION);
		bottom.addPlaceholder(IntdIds.VIEW_PROGRESS);
		layout.addPlaceholder(IntdIds.VIEW_HELP, IPageLayout.RIGHT, 0.45f, editors);
		Shortcuts.addTo(layout);
	}
}
