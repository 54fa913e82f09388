package org.intdesigner.planning.ui.sidebyside;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.SWT;
import org.intdesigner.io.AtomicWrite;
import org.intdesigner.planning.scenarios.SideBySide;
import org.intdesigner.planning.scenarios.SideBySideCsv;
import org.intdesigner.ui.files.FileDialogs;

/** Copy and Export CSV of the side-by-side tables: one CSV table of every section, numbers plain. */
final class SideBySideExport {

	private SideBySideExport() {
	}

	static void copy(Shell shell, SideBySide figures) {
		if (!ready(shell, figures)) {
			return;
		}
		Clipboard clipboard = new Clipboard(shell.getDisplay());
		try {
			clipboard.setContents(new Object[] { SideBySideCsv.write(figures) }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	static void exportCsv(Shell shell, SideBySide figures, List<Path> files) {
		if (!ready(shell, figures)) {
			return;
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Export Side by Side");
		dialog.setFilterExtensions(new String[] { "*.csv" });
		dialog.setOverwrite(true);
		Path near = files.isEmpty() ? null : files.get(files.size() - 1).resolveSibling("side-by-side.csv");
		String chosen = FileDialogs.open(dialog, near == null ? null : near.toString());
		if (chosen == null) {
			return;
		}
		Path target = Path.of(chosen);
		try {
			byte[] csv = SideBySideCsv.write(figures).getBytes(StandardCharsets.UTF_8);
			AtomicWrite.write(target, out -> out.write(csv));
			MessageDialog.openInformation(shell, "Export Side by Side", "Written to " + target + ".");
		} catch (IOException e) {
			MessageDialog.openError(shell, "Export Side by Side", "Could not write " + target + ": " + e.getMessage());
		}
	}

	private static boolean ready(Shell shell, SideBySide figures) {
		if (figures == null) {
			MessageDialog.openInformation(shell, "Side by Side", "There are no figures yet: wait until they are computed.");
			return false;
		}
		return true;
	}
}
