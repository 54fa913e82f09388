package org.intdesigner.reports.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.intdesigner.reports.engine.ReportRequest;
import org.intdesigner.reports.engine.SectionRegistry;
import org.intdesigner.ui.model.ModelManager;
import org.intdesigner.ui.model.OpenModel;

/**
 * File &gt; Export &gt; INT Designer &gt; Report (place assurance pack): writes a report of an open
 * model, as it is on screen, under the wizard's progress bar with Cancel; says what its sections
 * found missing; then opens it. A file that cannot be written is named in an error and the wizard
 * stays open; nothing half-written is left.
 */
public class ExportReportWizard extends Wizard implements IExportWizard {

	public static final String ID = "org.intdesigner.reports.ui.exportReportWizard";
	public static final String TITLE = "Export Report";
	public static final String NOT_WRITTEN = "Report Not Written";
	public static final String WRITTEN = "Report Written";
	public static final String NOT_OPENED = "Report Not Opened";

	private final SectionRegistry registry = SectionRegistry.installed();
	private OpenModel initial;
	private EObject selected;
	private ReportPage page;

	public ExportReportWizard() {
		setWindowTitle(TITLE);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		selected = WizardModels.selectedElement(selection);
		IWorkbenchPage active = workbench.getActiveWorkbenchWindow() == null ? null
				: workbench.getActiveWorkbenchWindow().getActivePage();
		initial = WizardModels.initial(selected, active);
	}

	@Override
	public void addPages() {
		page = new ReportPage(ModelManager.INSTANCE.openModels(), initial, selected, registry);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		ReportRequest request = page.request();
		Path output = request.output();
		ReportRun run = new ReportRun(request, registry, WorkbenchStore::openIfAny);
		try {
			getContainer().run(true, true, run);
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			MessageDialog.openError(getShell(), NOT_WRITTEN, "The report could not be written to " + output + ": "
					+ (cause.getMessage() == null ? cause.toString() : cause.getMessage())
					+ "\n\nNothing was written there. Choose another file or folder, or free the file, and try again.");
			return false;
		} catch (InterruptedException e) {
			page.cancelled(output);
			return false;
		}
		String missing = MissingSummary.of(run.document(), run.storeProblem());
		if (missing != null) {
			MessageDialog.openInformation(getShell(), WRITTEN, "Wrote " + output + ".\n\n" + missing);
		}
		try {
			ReportOpeners.get().open(output, request.format());
		} catch (Exception e) {
			MessageDialog.openWarning(getShell(), NOT_OPENED, e.getMessage() == null ? "The report " + output
					+ " is written but could not be opened (" + e + ")." : e.getMessage());
		}
		return true;
	}
}
