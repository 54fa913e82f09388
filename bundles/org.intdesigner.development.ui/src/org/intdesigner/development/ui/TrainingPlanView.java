package org.intdesigner.development.ui;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.intdesigner.development.TrainingPlan;
import org.intdesigner.development.TrainingPlanExport;
import org.intdesigner.model.Team;
import org.intdesigner.ui.files.TablesExportDialog;
import org.intdesigner.ui.model.ActiveModelTracker;
import org.intdesigner.ui.model.OpenModel;

/**
 * The training plan of the model of the active editor: what training would close its teams' skills gaps (the training
 * needs analysis), the course cohorts it adds up to, rotations and shadowing between partners, communities of practice;
 * exported as CSV files or an Excel workbook; a need double-clicked opens its team's skills matrix. Made again in the background after every change to the model and after an import into the workforce store.
 */
public final class TrainingPlanView extends ViewPart {

	public static final String ID = DevelopmentUiIds.TRAINING_PLAN_VIEW;

	private OpenModel shown;
	private TrainingPlanJob job;
	private TrainingPlan plan;
	private Label summary;
	private TrainingPlanTables tables;
	private TablesExportDialog files;
	private ActiveModelTracker editorTracker;
	private final CommandStackListener modelChanged = event -> planSoon();
	private final Runnable storeChanged = () -> {
		SkillRecordsSource.forget(); // before planning again, whichever listener the store calls first
		if (summary != null && !summary.isDisposed()) {
			summary.getDisplay().asyncExec(this::planSoon);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		summary = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		tables = new TrainingPlanTables(parent);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tables.getControl());
		tables.onNeedOpened(this::showSkills);
		job = new TrainingPlanJob(parent.getDisplay(), this::planned);
		Action again = new Action("Plan Again") {
			@Override
			public void run() {
				SkillRecordsSource.forget();
				planSoon();
			}
		};
		again.setToolTipText("Read the workforce store again and make the plan again");
		getViewSite().getActionBars().getToolBarManager().add(again);
		files = new TablesExportDialog(parent.getShell(), "Export Training Plan", "-training-plan");
		getViewSite().getActionBars().getToolBarManager().add(export("Export CSV...", "csv",
				"Write the plan as CSV files: the training needs in the file chosen, each other table beside it"));
		getViewSite().getActionBars().getToolBarManager().add(export("Export Excel...", "xlsx",
				"Write the plan as an Excel workbook, a sheet per table"));
		org.intdesigner.workforce.ui.store.WorkforceStores.get().addListener(storeChanged);
		editorTracker = ActiveModelTracker.install(getSite().getPage(), this::show);
	}

	private Action export(String label, String extension, String tip) {
		Action action = new Action(label) {
			@Override
			public void run() {
				if (plan == null || shown == null) {
					MessageDialog.openInformation(getSite().getShell(), files.title(),
							"There is no plan yet: open a model, or wait until its plan is made.");
					return;
				}
				TrainingPlan clicked = plan; // the plan of the click, not one made while the dialog is open
				files.export(shown.getFile(), extension, file -> TrainingPlanExport.write(clicked, file));
			}
		};
		action.setToolTipText(tip);
		return action;
	}

	/** Writes the plan shown to {@code file} as Export does once the file is chosen; the files written. */
	public List<Path> export(Path file) {
		return plan == null ? List.of() : files.write(file, target -> TrainingPlanExport.write(plan, target));
	}

	private void show(IEditorPart editor) {
		OpenModel model = ActiveModelTracker.modelToFollow(getSite().getPage(), editor, shown);
		if (model == shown) {
			return;
		}
		if (shown != null) {
			shown.getCommandStack().removeCommandStackListener(modelChanged);
		}
		shown = model;
		if (shown != null) {
			shown.getCommandStack().addCommandStackListener(modelChanged);
		}
		planSoon();
	}

	private void planSoon() {
		if (summary == null || summary.isDisposed()) {
			return;
		}
		if (shown == null) {
			plan = null;
			summary.setText("Open a model (or activate its editor) to see its training plan.");
			return;
		}
		summary.setText("Making the training plan of " + shown.getFile().getFileName() + "...");
		job.plan(shown.getModel());
	}

	private void planned(TrainingPlanJob.Result result) {
		if (summary.isDisposed()) {
			return;
		}
		plan = result.plan();
		long noCourse = plan.needs().stream().filter(n -> n.course() == null).count();
		long joint = plan.cohorts().stream().filter(c -> c.joint()).count();
		summary.setText("Training plan of " + (shown == null ? "the model" : shown.getFile().getFileName()) + " on "
				+ plan.report().day() + ", from " + plan.report().held().basis().label() + ": " + plan.needs().size()
				+ " training needs (" + noCourse + " with no course in the catalogue), " + plan.cohorts().size() + " cohorts ("
				+ joint + " joint), " + TrainingPlanTables.number(plan.totalHours()) + " learner hours, "
				+ TrainingPlanTables.money(plan.totalCost()) + "; " + plan.rotations().size() + " rotations; "
				+ plan.communities().size() + " communities of practice."
				+ (result.storeProblem() == null ? "" : " " + result.storeProblem()));
		tables.show(plan);
		summary.getParent().layout(true);
	}

	/** Opens the skills matrix of the team a need is of: the plan's team is of a copy, the matrix of the model's own. */
	void showSkills(Team planTeam) {
		if (shown == null) {
			return;
		}
		for (var contents = shown.getModel().eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Team team && team.getId().equals(planTeam.getId())) {
				try {
					ShowSkillsHandler.open(getSite().getPage(), shown.getFile(), team);
				} catch (PartInitException e) {
					MessageDialog.openError(getSite().getShell(), "Show Skills", "Could not open the skills matrix: " + e.getMessage());
				}
				return;
			}
		}
	}

	/** The plan shown, or null while none is made. */
	public TrainingPlan getPlan() {
		return plan;
	}

	public String summaryText() {
		return summary.getText();
	}

	TrainingPlanTables getTables() {
		return tables;
	}

	@Override
	public void setFocus() {
		tables.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (editorTracker != null) {
			editorTracker.uninstall();
		}
		org.intdesigner.workforce.ui.store.WorkforceStores.get().removeListener(storeChanged);
		if (shown != null) {
			shown.getCommandStack().removeCommandStackListener(modelChanged);
		}
		if (job != null) {
			job.cancel();
		}
		super.dispose();
	}
}
