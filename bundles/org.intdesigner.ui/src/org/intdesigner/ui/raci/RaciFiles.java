package org.intdesigner.ui.raci;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.csv.CsvImportException;
import org.intdesigner.model.csv.raci.RaciMatrix;
import org.intdesigner.model.csv.raci.RaciMatrixChanges;
import org.intdesigner.model.csv.raci.RaciMatrixCsv;
import org.intdesigner.model.csv.raci.RaciMatrixXlsx;
import org.intdesigner.ui.model.OpenModel;
import org.intdesigner.ui.files.FileDialogs;

/**
 * The matrix to and from files: CSV (re-importable, with a row of party ids), an Excel workbook for
 * reading, and CSV import as one undoable command that changes nothing when any row is wrong.
 */
final class RaciFiles {

	private static final int PROBLEMS_SHOWN = 15;

	private final Shell shell;
	private final OpenModel model;

	RaciFiles(Shell shell, OpenModel model) {
		this.shell = shell;
		this.model = model;
	}

	void exportCsv(RaciMatrix matrix, String suggestedName) {
		Path file = chooseTarget("Export RACI Matrix as CSV", "csv", "CSV files (*.csv)", suggestedName);
		if (file != null) {
			exportCsv(matrix, file);
		}
	}

	/** Writes without asking where (the dialog's work is done): true when written. */
	boolean exportCsv(RaciMatrix matrix, Path file) {
		try {
			RaciMatrixCsv.export(matrix, file);
			return true;
		} catch (IOException e) {
			failed("Export RACI Matrix", file, e);
			return false;
		}
	}

	void exportExcel(RaciMatrix matrix, Function<AccountabilityItem, java.util.List<String>> findings, String suggestedName) {
		Path file = chooseTarget("Export RACI Matrix as Excel Workbook", "xlsx", "Excel workbooks (*.xlsx)", suggestedName);
		if (file != null) {
			exportExcel(matrix, findings, file);
		}
	}

	boolean exportExcel(RaciMatrix matrix, Function<AccountabilityItem, java.util.List<String>> findings, Path file) {
		try {
			java.util.List<String> notes = RaciMatrixXlsx.export(matrix, findings, file);
			if (!notes.isEmpty()) {
				org.eclipse.jface.dialogs.MessageDialog.openWarning(shell, "Export RACI Matrix", file.getFileName()
						+ " was written; some texts were too long for a cell:\n\n" + String.join("\n", notes));
			}
			return true;
		} catch (IOException | RuntimeException e) {
			failed("Export RACI Matrix", file, e);
			return false;
		}
	}

	void importCsv() {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText("Import RACI Matrix from CSV");
		dialog.setFilterExtensions(new String[] { "*.csv", "*" });
		dialog.setFilterNames(new String[] { "CSV files (*.csv)", "All files" });
		String chosen = FileDialogs.open(dialog, model.getFile().toAbsolutePath().getParent().toString());
		if (chosen != null) {
			importCsv(Paths.get(chosen));
		}
	}

	/** Applies {@code file} to the model as one command, or explains why nothing was changed. */
	void importCsv(Path file) {
		RaciMatrixChanges changes;
		try {
			changes = RaciMatrixCsv.read(file, model.getModel());
		} catch (CsvImportException e) {
			String problems = e.getProblems().stream().limit(PROBLEMS_SHOWN).map(Object::toString)
					.collect(Collectors.joining("\n"));
			int more = e.getProblems().size() - PROBLEMS_SHOWN;
			MessageDialog.openError(shell, "RACI Import",
					file + " has " + e.getProblems().size() + " problem(s); nothing was changed.\n\n" + problems
							+ (more > 0 ? "\n... and " + more + " more" : "")
							+ "\n\nCorrect the file (row numbers count the header rows) and import it again.");
			return;
		} catch (IOException e) {
			failed("RACI Import", file, e);
			return;
		}
		Command command = changes.toCommand(model.getDomain());
		if (command == null) {
			MessageDialog.openInformation(shell, "RACI Import", file.getFileName() + " matches the matrix: nothing to change.");
			return;
		}
		model.getCommandStack().execute(command);
		MessageDialog.openInformation(shell, "RACI Import", "Updated the RACI of " + changes.items().size()
				+ " accountability item(s) from " + file.getFileName() + ". Edit > Undo reverts the whole import.");
	}

	private Path chooseTarget(String title, String extension, String filterName, String suggestedName) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(title);
		dialog.setFilterExtensions(new String[] { "*." + extension });
		dialog.setFilterNames(new String[] { filterName });
		dialog.setOverwrite(true);
		String chosen = FileDialogs.open(dialog, model.getFile().toAbsolutePath().resolveSibling(suggestedName + "." + extension).toString());
		if (chosen == null) {
			return null;
		}
		return Paths.get(chosen.endsWith("." + extension) ? chosen : chosen + "." + extension);
	}

	private void failed(String title, Path file, Exception e) {
		String kept = Files.exists(file) ? " The file on disk was not changed." : "";
		MessageDialog.openError(shell, title, "Could not use " + file + ": " + e.getMessage() + "." + kept);
	}
}
