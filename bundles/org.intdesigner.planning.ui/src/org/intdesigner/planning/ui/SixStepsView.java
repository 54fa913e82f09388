package org.intdesigner.planning.ui;

import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.intdesigner.model.WisnStudy;
import org.intdesigner.planning.SixSteps;
import org.intdesigner.planning.ui.study.WisnStudyEditor;
import org.intdesigner.ui.model.ActiveModelTracker;
import org.intdesigner.ui.model.OpenModel;

/**
 * The Skills for Health Six Steps as a guide for the model of the active editor: each step, whether it is done
 * (with what was found or what is missing), and a link that opens the editor or view that does it. Follows the
 * model's changes through the workforce plan, which it computes the same way.
 */
public final class SixStepsView extends ViewPart {

	public static final String ID = PlanningIds.SIX_STEPS_VIEW;

	private Composite steps;
	private ScrolledComposite scroll;
	private OpenModel shown;
	private PlanJob job;
	private List<SixSteps.Status> statuses = List.of();

	private final CommandStackListener modelChanged = event -> planSoon();
	private ActiveModelTracker editorTracker;


	@Override
	public void createPartControl(Composite parent) {
		scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
		steps = new Composite(scroll, SWT.NONE);
		steps.setLayout(new GridLayout(2, false));
		scroll.setContent(steps);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.addListener(SWT.Resize, e -> resize());
		job = new PlanJob(parent.getDisplay(), result -> {
			statuses = SixSteps.of(result.copy(), result.plan(), result.storeHasData());
			draw();
		});
		editorTracker = ActiveModelTracker.install(getSite().getPage(), this::show);
	}

	/** The statuses shown now: for tests. */
	public List<SixSteps.Status> getStatuses() {
		return statuses;
	}

	private void show(IEditorPart editor) {
		OpenModel model = ActiveModelTracker.modelOf(editor);
		if ((model == null && editor != null) || model == shown || steps.isDisposed()) {
			return;
		}
		if (shown != null) {
			shown.getCommandStack().removeCommandStackListener(modelChanged);
		}
		shown = model;
		statuses = List.of();
		if (shown != null) {
			shown.getCommandStack().addCommandStackListener(modelChanged);
		}
		planSoon();
		draw();
	}

	private void planSoon() {
		if (shown != null) {
			job.plan(shown.getModel());
		}
	}

	private void draw() {
		if (steps.isDisposed()) {
			return;
		}
		for (Control child : steps.getChildren()) {
			child.dispose();
		}
		if (shown == null) {
			new Label(steps, SWT.WRAP).setText("Open a model to plan its workforce step by step (Skills for Health Six Steps).");
		}
		for (SixSteps.Status status : statuses) {
			Label mark = new Label(steps, SWT.NONE);
			mark.setText(status.done() ? "\u2714" : "\u25cb");
			mark.setForeground(steps.getDisplay().getSystemColor(status.done() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_GRAY));
			mark.setToolTipText(status.done() ? "done" : "to do");
			GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.BEGINNING).applyTo(mark);
			Link link = new Link(steps, SWT.WRAP);
			link.setText("<a>" + status.step().number() + ". " + status.step().title() + "</a>: " + status.step().purpose()
					+ "\n" + status.detail());
			link.setToolTipText("Open what does this step");
			link.addListener(SWT.Selection, e -> open(status.step()));
			link.setData("step", status.step().name());
			GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(link);
		}
		resize();
	}

	private void resize() {
		if (!steps.isDisposed()) {
			int width = scroll.getClientArea().width;
			steps.layout(true, true);
			scroll.setMinSize(steps.computeSize(Math.max(200, width), SWT.DEFAULT));
		}
	}

	/** Opens the part that does {@code step}. */
	void open(SixSteps.Step step) {
		var page = getSite().getPage();
		try {
			switch (step) {
			case DEFINE_THE_PLAN, MAP_SERVICE_CHANGE -> page.showView(PlanningIds.MODEL_EXPLORER);
			case DEFINE_THE_REQUIRED_WORKFORCE -> {
				List<WisnStudy> studies = shown == null ? List.of() : shown.getModel().getWisnStudies();
				if (!studies.isEmpty()) {
					WisnStudyEditor.open(page, shown.getFile(), studies.get(0));
				} else {
					page.showView(PlanningIds.MODEL_EXPLORER);
				}
			}
			case UNDERSTAND_WORKFORCE_AVAILABILITY, PLAN_TO_DELIVER -> page.showView(PlanView.ID);
			case IMPLEMENT_MONITOR_REFRESH -> page.showView(PlanningIds.WORKFORCE_DASHBOARD);
			}
		} catch (PartInitException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Could not open " + step.title(), e.getMessage());
		}
	}

	@Override
	public void setFocus() {
		steps.setFocus();
	}

	@Override
	public void dispose() {
		if (editorTracker != null) {
			editorTracker.uninstall();
		}
		if (shown != null) {
			shown.getCommandStack().removeCommandStackListener(modelChanged);
		}
		job.cancel();
		super.dispose();
	}
}
