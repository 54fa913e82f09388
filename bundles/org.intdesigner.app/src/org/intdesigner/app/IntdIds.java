package org.intdesigner.app;

/** Identifiers other bundles and tests refer to: perspectives, views and commands of the shell. */
public final class IntdIds {

	public static final String PERSPECTIVE_DESIGN = "org.intdesigner.app.perspective.design";
	public static final String PERSPECTIVE_WORKFORCE = "org.intdesigner.app.perspective.workforce";

	public static final String VIEW_MODEL_EXPLORER = org.intdesigner.ui.explorer.ModelExplorerView.ID;
	public static final String VIEW_PROPERTIES = "org.eclipse.ui.views.PropertySheet";
	public static final String VIEW_VALIDATION = org.intdesigner.analysis.ui.validation.ValidationView.ID;
	public static final String VIEW_OUTLINE = "org.eclipse.ui.views.ContentOutline";
	public static final String VIEW_PROGRESS = "org.eclipse.ui.views.ProgressView";
	public static final String VIEW_HELP = "org.intdesigner.app.views.help";

	public static final String COMMAND_OPEN_FILE = "org.intdesigner.app.commands.openFile";
	public static final String COMMAND_HELP_CONTENTS = "org.intdesigner.app.commands.helpContents";

	private IntdIds() {
	}
}
