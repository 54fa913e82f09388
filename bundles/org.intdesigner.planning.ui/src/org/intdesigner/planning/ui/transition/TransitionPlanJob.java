package org.intdesigner.planning.ui.transition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.compare.Scenarios;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.planning.transition.TransitionPlan;
import org.intdesigner.planning.transition.TransitionPlanner;

/**
 * Makes the transition plan of a scenario in the background: the scenario is copied on the UI thread (the user may go
 * on editing it), its baseline read from the file it names, the plan made, and the result (or why there is none)
 * handed back on the UI thread. A new request replaces one not finished yet.
 */
final class TransitionPlanJob extends Job {

	/** The plan, or null with the reason in words. */
	record Result(TransitionPlan plan, String problem) {
	}

	private final Display display;
	private final Consumer<Result> done;
	private volatile IntdModel copy;
	private volatile Path file;

	TransitionPlanJob(Display display, Consumer<Result> done) {
		super("Making the transition plan");
		this.display = display;
		this.done = done;
		setSystem(true);
	}

	/** Plans the scenario {@code model} saved at {@code file} soon (call on the UI thread). */
	void plan(IntdModel model, Path file) {
		cancel();
		this.copy = EcoreUtil.copy(model);
		this.file = file;
		schedule(150);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		IntdModel scenario = copy;
		if (scenario == null) {
			return Status.OK_STATUS;
		}
		Result result = planOf(scenario, file);
		if (!monitor.isCanceled() && !display.isDisposed()) {
			display.asyncExec(() -> done.accept(result));
		}
		return Status.OK_STATUS;
	}

	/** The plan of {@code scenario} against the baseline it names, or why there is none. */
	static Result planOf(IntdModel scenario, Path file) {
		Path baselineFile = Scenarios.baselineOf(scenario, file);
		if (baselineFile == null) {
			return new Result(null, file.getFileName() + " is no scenario (it names no baseline): make one from a model with"
					+ " New Scenario or ./intd scenario new, and open it to see its transition plan.");
		}
		if (!Files.isRegularFile(baselineFile)) {
			return new Result(null, "The baseline of " + file.getFileName() + ", " + baselineFile + ", is missing: put it back"
					+ " there, or make the scenario again from the baseline where it is now.");
		}
		try {
			IntdModel baseline = ModelFiles.load(baselineFile).model();
			return new Result(TransitionPlanner.plan(baseline, scenario), null);
		} catch (IllegalArgumentException e) {
			return new Result(null, file.getFileName() + ": " + e.getMessage());
		} catch (Exception e) {
			return new Result(null, "The baseline " + baselineFile + " could not be read: " + e.getMessage());
		}
	}
}
