package org.intdesigner.planning.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Planning perspective: the Model Explorer and the Six Steps guide on the left, WISN study editors in the
 * middle, the workforce plan (gaps, chart, heat map) below them, Properties beside it.
 */
public final class PlanningPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("org.intdesigner.planning.ui.left", IPageLayout.LEFT, 0.22f, editors);
		left.addView(PlanningIds.MODEL_EXPLORER);
		layout.addView(PlanningIds.SIX_STEPS_VIEW, IPageLayout.BOTTOM, 0.55f, "org.intdesigner.planning.ui.left");
		IFolderLayout bottom = layout.createFolder("org.intdesigner.planning.ui.bottom", IPageLayout.BOTTOM, 0.35f, editors);
		bottom.addView(PlanningIds.PLAN_VIEW);
		bottom.addView(PlanningIds.PROPERTIES);
		layout.addShowViewShortcut(PlanningIds.PLAN_VIEW);
		layout.addShowViewShortcut(PlanningIds.SIX_STEPS_VIEW);
		layout.addShowViewShortcut(PlanningIds.MODEL_EXPLORER);
		layout.addShowViewShortcut(PlanningIds.PROPERTIES);
		layout.addPerspectiveShortcut("org.intdesigner.app.perspective.design");
		layout.addPerspectiveShortcut("org.intdesigner.app.perspective.workforce");
	}
}
