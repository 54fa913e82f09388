package org.intdesigner.development.ui;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.intdesigner.development.SkillSufficiency;
import org.intdesigner.development.SkillsAnalysis;
import org.intdesigner.development.TrainingPlan;
import org.intdesigner.model.IntdModel;

/**
 * Makes the training plan of a model in the background: the model is copied on the UI thread (the user may go on
 * editing it), the store's snapshot taken (read once, see {@link SkillRecordsSource}), the plan made, and the result
 * handed back on the UI thread. A new request replaces one not finished yet.
 */
final class TrainingPlanJob extends Job {

	/** The plan, and why the store could not be read when it could not. */
	record Result(TrainingPlan plan, String storeProblem) {
	}

	private final Display display;
	private final Consumer<Result> done;
	private volatile IntdModel copy;

	TrainingPlanJob(Display display, Consumer<Result> done) {
		super("Making the training plan");
		this.display = display;
		this.done = done;
		setSystem(true);
	}

	/** Plans {@code model} soon (call on the UI thread). */
	void plan(IntdModel model) {
		cancel();
		copy = EcoreUtil.copy(model);
		schedule(150);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		IntdModel model = copy;
		if (model == null) {
			return Status.OK_STATUS;
		}
		SkillRecordsSource.Snapshot snapshot = SkillRecordsSource.get();
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		LocalDate day = SkillsAnalysis.defaultDay(snapshot.records());
		TrainingPlan plan = SkillsAnalysis.trainingPlan(model, snapshot.records(), day, SkillSufficiency.DEFAULT_EXPIRING_DAYS);
		Result result = new Result(plan, snapshot.problem());
		if (!monitor.isCanceled() && !display.isDisposed()) {
			display.asyncExec(() -> done.accept(result));
		}
		return Status.OK_STATUS;
	}
}
