package org.intdesigner.workforce.ui.imports;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.intdesigner.workforce.imports.ImportOptions;
import org.intdesigner.workforce.imports.ImportSummary;
import org.intdesigner.workforce.imports.WorkforceImporter;
import org.intdesigner.workforce.store.StoreException;
import org.intdesigner.workforce.store.WorkforceStore;
import org.intdesigner.workforce.ui.store.WorkforceStores;

/**
 * File &gt; Import &gt; INT Designer &gt; Workforce Data: imports one partner's file into the
 * workbench's workforce store with the wizard's own progress bar (Cancel stops it; nothing is then
 * imported) and shows what happened. A rejected file leaves the wizard open for a corrected one;
 * an imported one tells the dashboard to show the new data.
 */
public class ImportWorkforceWizard extends Wizard implements IImportWizard {

	public static final String ID = "org.intdesigner.workforce.ui.importWizard";
	static final String TITLE = "Import Workforce Data";
	static final String STORE_PROBLEM = "Workforce Store Not Opened";
	static final String NOT_IMPORTED = "Nothing Imported";

	private ImportFilePage page;

	public ImportWorkforceWizard() {
		setWindowTitle(TITLE);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// the wizard imports into the workbench's store, whatever is selected
	}

	@Override
	public void addPages() {
		page = new ImportFilePage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		ImportRequest request = page.request();
		AtomicReference<ImportSummary> result = new AtomicReference<>();
		try {
			getContainer().run(true, true, monitor -> {
				SubMonitor progress = SubMonitor.convert(monitor, "Importing " + request.file().getFileName(), 100);
				try {
					progress.subTask("opening the workforce store");
					WorkforceStore store = WorkforceStores.get().store();
					progress.worked(5);
					if (request.model() != null) {
						progress.subTask("reading the model " + request.model().getFileName());
					}
					ImportOptions options = request.options();
					result.set(WorkforceImporter.importFile(store, request.kind(), request.file(), options, progress.split(95)));
				} catch (StoreException | IOException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
			MessageDialog.openError(getShell(), cause instanceof StoreException ? STORE_PROBLEM : NOT_IMPORTED, message);
			return false;
		} catch (InterruptedException e) {
			// cancelled before the import began (while the store opened): nothing to report but that
			MessageDialog.openInformation(getShell(), NOT_IMPORTED, "The import was cancelled before it began.");
			return false;
		}
		ImportSummary summary = result.get();
		new ImportSummaryDialog(getShell(), summary).open();
		if (summary.imported()) {
			WorkforceStores.get().dataChanged();
			return true;
		}
		return false; // rejected, cancelled or failed: the wizard stays open for a corrected file
	}
}
