package org.intdesigner.development.ui;

/** The ids of the workforce development UI's parts, for its plugin.xml, its handlers and the tests. */
public final class DevelopmentUiIds {

	public static final String SKILLS_MATRIX_EDITOR = "org.intdesigner.development.ui.skillsMatrix";
	public static final String TRAINING_PLAN_VIEW = "org.intdesigner.development.ui.trainingPlan";
	public static final String PLUGIN_ID = "org.intdesigner.development.ui";

	private DevelopmentUiIds() {
	}
}
