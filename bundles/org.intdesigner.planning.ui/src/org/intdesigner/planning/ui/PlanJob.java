package org.intdesigner.planning.ui;

import java.nio.file.Files;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.intdesigner.model.IntdModel;
import org.intdesigner.planning.Plan;
import org.intdesigner.planning.PlanOptions;
import org.intdesigner.planning.StoreFigures;
import org.intdesigner.planning.WorkforcePlan;
import org.intdesigner.planning.WorkforceStoreFigures;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.ui.store.WorkforceStores;

/**
 * Makes the plan of a model in the background: the model is copied on the UI thread (the user may go on editing
 * it), the store's figures read, the plan computed, and the result handed back on the UI thread. A new request
 * replaces one not finished yet. The copy keeps the original's ids, so rows map back by id.
 */
final class PlanJob extends Job {

	/** What a plan was made of: the copy it was computed on, and whether the store had staff records. */
	record Result(IntdModel copy, Plan plan, boolean storeHasData, String storeProblem) {
	}

	private final Display display;
	private final Consumer<Result> done;
	private volatile IntdModel copy;

	PlanJob(Display display, Consumer<Result> done) {
		super("Computing the workforce plan");
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
		StoreFigures figures = StoreFigures.NONE;
		String problem = null;
		boolean hasData = false;
		if (storeExists()) {
			try {
				var store = WorkforceStores.get().store();
				WorkforceStoreFigures read = store.read(connection -> WorkforceStoreFigures.read(connection, model,
						store.location().describe()));
				figures = read;
				hasData = read.hasStaffRecords();
			} catch (Exception e) {
				problem = "The workforce store could not be read (" + e.getMessage() + "): figures the model leaves empty"
						+ " are not known.";
			}
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		Plan plan = WorkforcePlan.compute(model, figures, PlanOptions.DEFAULT.withYears(WorkforcePlan.defaultHorizon(model)));
		Result result = new Result(model, plan, hasData, problem);
		if (!monitor.isCanceled() && !display.isDisposed()) {
			display.asyncExec(() -> done.accept(result));
		}
		return Status.OK_STATUS;
	}

	/** An embedded store is only read when its folder is there: opening the plan never creates one. */
	private static boolean storeExists() {
		StoreLocation location = WorkforceStores.get().location();
		return !(location instanceof StoreLocation.Embedded embedded) || Files.isDirectory(embedded.databaseDirectory());
	}
}
