package org.intdesigner.reports.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.program.Program;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.browser.IWorkbenchBrowserSupport;
import org.intdesigner.reports.render.ReportFormat;

/**
 * Opens a report as a person expects: HTML in the workbench's own browser when the product has
 * one (org.eclipse.ui.browser installed), else in the system's; PDF and Excel workbooks in the
 * programs the system opens those files with.
 */
final class SystemReportOpener implements ReportOpener {

	private static final String BROWSER_ID = "org.intdesigner.reports.ui.report";

	@Override
	public void open(Path file, ReportFormat format) throws Exception {
		if (format == ReportFormat.HTML && PlatformUI.isWorkbenchRunning()) {
			IWorkbenchBrowserSupport browsers = PlatformUI.getWorkbench().getBrowserSupport();
			if (browsers.isInternalWebBrowserAvailable()) {
				String name = file.getFileName().toString();
				browsers.createBrowser(IWorkbenchBrowserSupport.AS_EDITOR | IWorkbenchBrowserSupport.STATUS, BROWSER_ID, name, name)
						.openURL(file.toUri().toURL());
				return;
			}
		}
		if (!Program.launch(file.toAbsolutePath().toString())) {
			throw new IOException("No program on this computer is set to open ." + format.extension() + " files, so "
					+ file.getFileName() + " was not opened. The report is written: open it from " + file.toAbsolutePath().getParent()
					+ ".");
		}
	}
}
