package org.intdesigner.planning.ui.transition;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.ViewPart;
import org.intdesigner.planning.transition.PlanWave;
import org.intdesigner.planning.transition.TransitionExport;
import org.intdesigner.planning.transition.TransitionPlan;
import org.intdesigner.ui.files.TablesExportDialog;
import org.intdesigner.ui.model.ActiveModelTracker;
import org.intdesigner.ui.model.OpenModel;

/**
 * The transition plan of the scenario of the active editor against the baseline it names: its waves, the changes in
 * them, the people holding the posts they change, the findings each wave brings and the posts that cannot be costed,
 * a tab each; exported as CSV files or an Excel workbook. Made again in the background after every change to the
 * scenario. A model that is no scenario, or whose baseline is missing, is said so.
 */
public final class TransitionPlanView extends ViewPart {

	public static final String ID = "org.intdesigner.planning.ui.transitionPlan";

	private OpenModel shown;
	private TransitionPlanJob job;
	private TransitionPlan plan;
	private Label summary;
	private TransitionPlanTabs tabs;
	private TablesExportDialog files;
	private ActiveModelTracker editorTracker;
	private final CommandStackListener modelChanged = event -> planSoon();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		summary = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(summary);
		tabs = new TransitionPlanTabs(parent);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs.getControl());
		job = new TransitionPlanJob(parent.getDisplay(), this::planned);
		Action again = new Action("Plan Again") {
			@Override
			public void run() {
				planSoon();
			}
		};
		again.setToolTipText("Read the baseline again and make the plan again");
		getViewSite().getActionBars().getToolBarManager().add(again);
		files = new TablesExportDialog(parent.getShell(), "Export Transition Plan", "-transition");
		getViewSite().getActionBars().getToolBarManager().add(export("Export CSV...", "csv",
				"Write the plan as CSV files: the changes in the file chosen, each other table beside it"));
		getViewSite().getActionBars().getToolBarManager().add(export("Export Excel...", "xlsx",
				"Write the plan as an Excel workbook: sheets Waves, Changes, People, Findings, Posts not costed"));
		editorTracker = ActiveModelTracker.install(getSite().getPage(), this::show);
	}

	private Action export(String label, String extension, String tip) {
		Action action = new Action(label) {
			@Override
			public void run() {
				if (plan == null || shown == null) {
					MessageDialog.openInformation(getSite().getShell(), files.title(),
							"There is no plan yet: open a scenario, or wait until its plan is made.");
					return;
				}
				TransitionPlan clicked = plan; // the plan of the click, not one made while the dialog is open
				files.export(shown.getFile(), extension, file -> TransitionExport.write(clicked, file));
			}
		};
		action.setToolTipText(tip);
		return action;
	}

	/** Writes the plan shown to {@code file} as Export does once the file is chosen; the files written. */
	public List<Path> export(Path file) {
		return plan == null ? List.of() : files.write(file, target -> TransitionExport.write(plan, target));
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
			tabs.clear();
			summary.setText("Open a scenario (or activate its editor) to see its transition plan.");
			return;
		}
		summary.setText("Making the transition plan of " + shown.getFile().getFileName() + "...");
		job.plan(shown.getModel(), shown.getFile());
	}

	private void planned(TransitionPlanJob.Result result) {
		if (summary.isDisposed()) {
			return;
		}
		plan = result.plan();
		if (plan == null) {
			tabs.clear();
			summary.setText(result.problem());
		} else {
			summary.setText(summary(plan));
			tabs.show(plan);
		}
		summary.getParent().layout(true);
	}

	static String summary(TransitionPlan plan) {
		long waves = plan.waves().stream().filter(PlanWave::scheduled).count();
		long findings = plan.waves().stream().mapToLong(w -> w.findings().size()).sum();
		double last = plan.waves().isEmpty() ? plan.baselineBill() : plan.waves().get(plan.waves().size() - 1).runRate();
		StringBuilder text = new StringBuilder(String.format(Locale.UK, "Transition from '%s' to '%s': %d wave%s, %d change%s,"
				+ " %d finding%s the waves bring; annual pay bill %s now, %s after the last wave.", plan.baseline(),
				plan.scenario(), waves, waves == 1 ? "" : "s", plan.changeCount(), plan.changeCount() == 1 ? "" : "s", findings,
				findings == 1 ? "" : "s", TransitionPlanTabs.money(plan.baselineBill(), false), TransitionPlanTabs.money(last, false)));
		PlanWave unscheduled = plan.unscheduled();
		if (unscheduled != null) {
			text.append(' ').append(unscheduled.changes().size()).append(" in no wave (\"").append(PlanWave.UNSCHEDULED)
					.append("\", last).");
		}
		plan.notes().forEach(note -> text.append(' ').append(note));
		plan.warnings().forEach(warning -> text.append(' ').append(warning));
		return text.toString();
	}

	/** The plan shown, or null while none is made (or the model is no scenario). */
	public TransitionPlan getPlan() {
		return plan;
	}

	public String summaryText() {
		return summary.getText();
	}

	TransitionPlanTabs getTabs() {
		return tabs;
	}

	@Override
	public void setFocus() {
		tabs.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (editorTracker != null) {
			editorTracker.uninstall();
		}
		if (shown != null) {
			shown.getCommandStack().removeCommandStackListener(modelChanged);
		}
		if (job != null) {
			job.cancel();
		}
		super.dispose();
	}
}
