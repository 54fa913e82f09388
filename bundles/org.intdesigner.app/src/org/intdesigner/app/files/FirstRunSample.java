package org.intdesigner.app.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IWorkbenchWindow;
import org.intdesigner.app.AppPlugin;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExampleScenario;
import org.intdesigner.ui.model.ModelManager;
import org.intdesigner.ui.templates.ModelTemplates;
import org.intdesigner.ui.wizards.NewModelWizard;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The first time INT Designer starts on a data folder it writes the example place into
 * {@code models/} there and opens it with the overview of the place in front, and gives the workforce store the example's year of
 * synthetic workforce data, so there is something real to look at; beside the example, its scenario "Docklands in
 * two MDTs" (written, not opened). Never again after
 * that (the user may have closed or deleted it on purpose), and never over an existing file.
 */
public final class FirstRunSample {

	public static final String TEMPLATE_ID = "org.intdesigner.ui.templates.examplePlace";
	public static final String FILE_NAME = "Riverside example place.intd";
	/** The scenario of the example that ships with it ({@link ExampleScenario}), written beside it. */
	public static final String SCENARIO_FILE_NAME = "Riverside - Docklands in two MDTs.intd";
	static final String SHOWN = "exampleShown";
	/** Set to true to start without the example (the OSGi tests do). */
	public static final String SKIP_PROPERTY = "intd.noSample";

	private FirstRunSample() {
	}

	public static void openIfFirstRun(IWorkbenchWindow window) {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(AppPlugin.PLUGIN_ID);
		if (Boolean.getBoolean(SKIP_PROPERTY) || preferences.getBoolean(SHOWN, false)) {
			return;
		}
		preferences.putBoolean(SHOWN, true);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			AppPlugin.logError("Could not remember that the example was shown", e);
		}
		if (open(window) != null && window.getActivePage() != null) {
			// the welcome: the place at a glance and the next steps, in front of the example's editor
			org.intdesigner.app.welcome.ShowOverviewAction.show(window.getActivePage());
		}
		// the example's year of workforce data, for the Workforce perspective's dashboard
		org.intdesigner.workforce.ui.store.ExampleWorkforceLoader.schedule();
	}

	/**
	 * Writes the example (unless the file exists) and opens it, and beside a newly written example its scenario (not
	 * opened, never over an existing file); returns the example's file, or null if it failed.
	 */
	public static Path open(IWorkbenchWindow window) {
		Path file = NewModelWizard.defaultFolder().resolve(FILE_NAME);
		ModelTemplates.Descriptor template = ModelTemplates.find(TEMPLATE_ID);
		try {
			if (!Files.exists(file) && template != null) {
				Files.createDirectories(file.getParent());
				ModelManager.INSTANCE.create(file, template.create().create("Riverside example place"));
				writeScenario(file);
			}
		} catch (IOException | CoreException e) {
			AppPlugin.logError("Could not write the example place to " + file, e);
			return null;
		}
		if (Files.exists(file)) {
			new EditorOpener(window).open(file);
			return file;
		}
		return null;
	}

	/**
	 * The example's shipped scenario beside it, naming it as its baseline: only beside an example just written, so that
	 * the scenario is a to-be of exactly that file (an example the user has edited would compare with their edits).
	 */
	private static void writeScenario(Path example) {
		Path scenario = example.resolveSibling(SCENARIO_FILE_NAME);
		if (Files.exists(scenario)) {
			return;
		}
		try {
			ModelFiles.saveNew(ExampleScenario.create(example, scenario), scenario);
		} catch (IOException e) {
			AppPlugin.logError("Could not write the example scenario to " + scenario, e);
		}
	}
}
