package org.intdesigner.ui.files;

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

/**
 * The Export buttons of a view of tables (a training plan, a transition plan): asks where, next to the model, then
 * writes the tables as CSV files or an Excel workbook through a headless writer that replaces the files whole or not at
 * all, and says which files it wrote, or why it wrote none.
 */
public final class TablesExportDialog {

	/** A headless writer of the tables: by the file's extension, the files written. */
	@FunctionalInterface
	public interface Writer {
		List<Path> write(Path file) throws IOException;
	}

	private final Shell shell;
	private final String title;
	private final String suffix;

	/** {@code title} heads the dialogs ("Export Training Plan"); {@code suffix} ends the file proposed ("-training-plan"). */
	public TablesExportDialog(Shell shell, String title, String suffix) {
		this.shell = shell;
		this.title = title;
		this.suffix = suffix;
	}

	public String title() {
		return title;
	}

	/** Asks for a file with this extension ("csv" or "xlsx") next to {@code model} and writes the tables there. */
	public void export(Path model, String extension, Writer writer) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(title + ("xlsx".equals(extension) ? " as Excel Workbook" : " as CSV"));
		dialog.setFilterExtensions(new String[] { "*." + extension });
		dialog.setFilterNames(new String[] { "xlsx".equals(extension) ? "Excel workbooks (*.xlsx)" : "CSV files (*.csv)" });
		dialog.setOverwrite(true);
		String stem = model.getFileName().toString().replaceFirst("\\.intd$", "") + suffix;
		String chosen = FileDialogs.open(dialog, model.toAbsolutePath().resolveSibling(stem + "." + extension).toString());
		if (chosen != null) {
			Path file = Paths.get(chosen.endsWith("." + extension) ? chosen : chosen + "." + extension);
			List<Path> written = write(file, writer);
			if (!written.isEmpty()) {
				MessageDialog.openInformation(shell, title, "Wrote " + written.stream().map(p -> p.getFileName().toString())
						.collect(Collectors.joining(", ")) + " in " + file.toAbsolutePath().getParent() + ".");
			}
		}
	}

	/** Writes to {@code file} (by its extension); the files written, none after an error (said in a dialog). */
	public List<Path> write(Path file, Writer writer) {
		try {
			return writer.write(file);
		} catch (IOException | RuntimeException e) {
			String kept = Files.exists(file) ? " The files on disk were not changed." : "";
			MessageDialog.openError(shell, title, "Could not write " + file + ": " + e.getMessage() + "." + kept);
			return List.of();
		}
	}
}
