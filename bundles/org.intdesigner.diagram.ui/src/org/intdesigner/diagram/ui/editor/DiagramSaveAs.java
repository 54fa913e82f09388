package org.intdesigner.diagram.ui.editor;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.intdesigner.diagram.store.NotationFiles;
import org.intdesigner.diagram.ui.session.SemanticModels;

/**
 * Where File > Save As puts a diagram. A diagram is kept in the diagrams file (.intdiagrams) of its
 * model, beside the model file and named after it, so a diagram cannot be saved apart from its model:
 * Save As asks for the model's new name and saves both, as Sirius saves a session's model and
 * representations together. The dialog starts in the model's folder with the model's name.
 */
final class DiagramSaveAs {

	private DiagramSaveAs() {
	}

	/** The model file to save to, or null when the user cancels. */
	static Path choose(Shell shell, Path modelFile) {
		List<String> extensions = SemanticModels.extensions();
		String current = extensionOf(modelFile);
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Save Model and Diagrams As");
		dialog.setFilterExtensions(new String[] { "*." + current });
		dialog.setFilterNames(new String[] { "Model with its diagrams (*." + current + " and *.intdiagrams)" });
		dialog.setFilterPath(modelFile.getParent().toString());
		dialog.setFileName(modelFile.getFileName().toString());
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		return chosen == null ? null : withModelExtension(Paths.get(chosen), current, extensions);
	}

	/** "copy" and "copy.intdiagrams" both mean the model "copy.intd" (with the diagrams beside it). */
	static Path withModelExtension(Path chosen, String current, List<String> extensions) {
		String name = chosen.getFileName().toString();
		String lower = name.toLowerCase(Locale.ROOT);
		for (String extension : extensions) {
			if (lower.endsWith("." + extension)) {
				return chosen;
			}
		}
		String notation = "." + NotationFiles.EXTENSION;
		if (lower.endsWith(notation)) {
			name = name.substring(0, name.length() - notation.length());
		}
		return chosen.resolveSibling(name + "." + current);
	}

	private static String extensionOf(Path file) {
		String name = file.getFileName().toString();
		return name.substring(name.lastIndexOf('.') + 1);
	}
}
