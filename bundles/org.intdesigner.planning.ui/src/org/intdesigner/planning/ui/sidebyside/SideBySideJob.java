package org.intdesigner.planning.ui.sidebyside;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.engine.RulePreferences;
import org.intdesigner.analysis.engine.RuleRegistry;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.planning.StoreFigures;
import org.intdesigner.planning.WorkforceStoreFigures;
import org.intdesigner.planning.scenarios.SideBySide;
import org.intdesigner.planning.scenarios.SideBySideFigures;
import org.intdesigner.planning.scenarios.SideBySideModel;
import org.intdesigner.ui.model.ModelManager;
import org.intdesigner.ui.model.OpenModel;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.ui.store.WorkforceStores;

/**
 * Computes the side-by-side figures in the background, with progress: a model open in an editor is copied on the UI
 * thread (its unsaved edits count, and the user may go on editing), the others are read from their files in the job.
 * Validation uses the installed rules with the user's rule preferences; the plans take the workforce store's figures
 * when a store is there (an embedded store is never created by this). A new request replaces one not finished yet.
 */
final class SideBySideJob extends Job {

	/** What came of a run: the figures (null when none could be made) and what went wrong, in words. */
	record Result(SideBySide figures, List<String> problems) {
	}

	/** A column as the job gets it: its name, and a copy of the open model or the file to read. */
	private record Source(String name, IntdModel copy, Path file) {
	}

	private final Display display;
	private final Consumer<Result> done;
	private volatile List<Source> sources = List.of();
	private volatile RuleSettings settings = RuleSettings.defaults();

	SideBySideJob(Display display, Consumer<Result> done) {
		super("Comparing models side by side");
		this.display = display;
		this.done = done;
		setUser(false);
	}

	/** Computes the figures of {@code files}, headed {@code names}, soon (call on the UI thread). */
	void compute(List<Path> files, List<String> names, long delay) {
		cancel();
		List<Source> next = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			OpenModel open = ModelManager.INSTANCE.find(files.get(i));
			next.add(new Source(names.get(i), open == null ? null : EcoreUtil.copy(open.getModel()), files.get(i)));
		}
		sources = next;
		settings = RulePreferences.load();
		schedule(delay);
	}

	@Override
	protected IStatus run(IProgressMonitor progress) {
		List<Source> todo = sources;
		if (todo.isEmpty()) {
			return Status.OK_STATUS;
		}
		SubMonitor monitor = SubMonitor.convert(progress, "Comparing " + todo.size() + " models", 10 + 2 * todo.size());
		List<String> problems = new ArrayList<>();
		List<SideBySideModel> columns = new ArrayList<>();
		try {
			StoreReader store = new StoreReader();
			for (Source source : todo) {
				monitor.subTask("Reading " + source.name());
				IntdModel model = source.copy() != null ? source.copy() : read(source, problems);
				monitor.split(1);
				if (model != null) {
					columns.add(new SideBySideModel(source.name(), model, store.figuresOf(model, problems)));
				}
				monitor.split(1);
			}
			SideBySide figures = null;
			if (!columns.isEmpty()) {
				List<Rule> rules = RuleRegistry.getDefault().getRules();
				figures = new SideBySideFigures(rules, settings).compute(columns, monitor.split(10));
			}
			Result result = new Result(figures, List.copyOf(problems));
			if (!progress.isCanceled() && !display.isDisposed()) {
				display.asyncExec(() -> done.accept(result));
			}
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
	}

	private static IntdModel read(Source source, List<String> problems) {
		try {
			return ModelFiles.load(source.file()).model();
		} catch (Exception e) {
			problems.add(source.name() + " could not be read (" + e.getMessage() + "): it is left out.");
			return null;
		}
	}

	/** The workforce store's figures for each model, or none when there is no store; opened once per run. */
	private static final class StoreReader {

		private final boolean exists = storeExists();
		private boolean reported;

		StoreFigures figuresOf(IntdModel model, List<String> problems) {
			if (!exists) {
				return StoreFigures.NONE;
			}
			try {
				var store = WorkforceStores.get().store();
				return store.read(connection -> WorkforceStoreFigures.read(connection, model, store.location().describe()));
			} catch (Exception e) {
				if (!reported) {
					problems.add("The workforce store could not be read (" + e.getMessage() + "): supply uses only what the"
							+ " models give.");
					reported = true;
				}
				return StoreFigures.NONE;
			}
		}

		/** An embedded store is only read when its folder is there: comparing never creates one. */
		private static boolean storeExists() {
			StoreLocation location = WorkforceStores.get().location();
			return !(location instanceof StoreLocation.Embedded embedded) || Files.isDirectory(embedded.databaseDirectory());
		}
	}
}
