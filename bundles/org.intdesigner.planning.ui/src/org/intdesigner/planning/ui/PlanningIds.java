package org.intdesigner.planning.ui;

/** The ids of the planning UI's parts, for its plugin.xml, its handlers and the tests. */
public final class PlanningIds {

	public static final String PERSPECTIVE = "org.intdesigner.planning.ui.perspective";
	public static final String PLAN_VIEW = "org.intdesigner.planning.ui.planView";
	public static final String SIX_STEPS_VIEW = "org.intdesigner.planning.ui.sixSteps";
	public static final String STUDY_EDITOR = "org.intdesigner.planning.ui.studyEditor";
	static final String MODEL_EXPLORER = org.intdesigner.ui.explorer.ModelExplorerView.ID;
	static final String PROPERTIES = "org.eclipse.ui.views.PropertySheet";
	static final String WORKFORCE_DASHBOARD = "org.intdesigner.workforce.ui.dashboard";

	private PlanningIds() {
	}
}
