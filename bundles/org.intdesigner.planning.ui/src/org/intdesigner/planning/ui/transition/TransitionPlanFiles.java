package org.intdesigner.planning.ui.transition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.intdesigner.planning.transition.TransitionExport;
import org.intdesigner.planning.transition.TransitionPlan;
import org.intdesigner.ui.files.FileDialogs;

/**
 * The transition plan's Export buttons: asks where, then writes it as CSV files (the changes in the file chosen, each
 * other table beside it) or as an Excel workbook (a sheet per table), through the headless {@link TransitionExport},
 * which replaces the files whole or not at all.
 */
final class TransitionPlanFiles {

	static final String TITLE = "Export Transition Plan";

	private final Shell shell;

	TransitionPlanFiles(Shell shell) {
		this.shell = shell;
	}

	/** Asks for a file with this extension ("csv" or "xlsx") next to the scenario and writes the plan there. */
	void export(TransitionPlan plan, Path scenario, String extension) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(TITLE + ("xlsx".equals(extension) ? " as Excel Workbook" : " as CSV"));
		dialog.setFilterExtensions(new String[] { "*." + extension });
		dialog.setFilterNames(new String[] { "xlsx".equals(extension) ? "Excel workbooks (*.xlsx)" : "CSV files (*.csv)" });
		dialog.setOverwrite(true);
		String stem = scenario.getFileName().toString().replaceFirst("\\.intd$", "") + "-transition";
		String chosen = FileDialogs.open(dialog, scenario.toAbsolutePath().resolveSibling(stem + "." + extension).toString());
		if (chosen != null) {
			Path file = Paths.get(chosen.endsWith("." + extension) ? chosen : chosen + "." + extension);
			List<Path> written = write(plan, file);
			if (!written.isEmpty()) {
				MessageDialog.openInformation(shell, TITLE, "Wrote " + written.stream().map(p -> p.getFileName().toString())
						.collect(Collectors.joining(", ")) + " in " + file.toAbsolutePath().getParent() + ".");
			}
		}
	}

	/** Writes the plan to {@code file} (by its extension); the files written, none after an error (said in a dialog). */
	List<Path> write(TransitionPlan plan, Path file) {
		try {
			return TransitionExport.write(plan, file);
		} catch (IOException | RuntimeException e) {
			String kept = Files.exists(file) ? " The files on disk were not changed." : "";
			MessageDialog.openError(shell, TITLE, "Could not write " + file + ": " + e.getMessage() + "." + kept);
			return List.of();
		}
	}
}
