package org.intdesigner.ui.wizards;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.intdesigner.ui.files.FileDialogs;

/**
 * A wizard page with a folder and a model file, each with a Browse button, checked as they are
 * typed by the wizard's own rule: the CSV import and export pages.
 */
final class PathsPage extends WizardPage {

	private final String folderLabel;
	private final String fileLabel;
	private final Function<PathsPage, String> problem;
	private Text folder;
	private Text file;
	private String initialFolder = "";
	private String initialFile = "";

	PathsPage(String title, String description, String folderLabel, String fileLabel, Function<PathsPage, String> problem) {
		super("paths");
		setTitle(title);
		setDescription(description);
		this.folderLabel = folderLabel;
		this.fileLabel = fileLabel;
		this.problem = problem;
	}

	void setInitial(Path initialFolderPath, Path initialFilePath) {
		initialFolder = initialFolderPath == null ? "" : initialFolderPath.toString();
		initialFile = initialFilePath == null ? "" : initialFilePath.toString();
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		folder = row(page, folderLabel, initialFolder, true);
		file = row(page, fileLabel, initialFile, false);
		folder.addModifyListener(e -> validate());
		file.addModifyListener(e -> validate());
		setControl(page);
		validate();
	}

	private Text row(Composite page, String label, String value, boolean isFolder) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> {
			String chosen;
			if (isFolder) {
				chosen = FileDialogs.open(new DirectoryDialog(getShell()), text.getText());
			} else {
				FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
				dialog.setFilterExtensions(new String[] { "*.intd" });
				chosen = FileDialogs.open(dialog, text.getText());
			}
			if (chosen != null) {
				text.setText(chosen);
			}
		});
		return text;
	}

	private void validate() {
		String message = folder.getText().isBlank() ? "Choose the folder."
				: file.getText().isBlank() ? "Choose the model file." : problem.apply(this);
		setErrorMessage(message);
		setPageComplete(message == null);
	}

	Path folder() {
		return Paths.get(folder.getText().trim());
	}

	Path file() {
		return Paths.get(file.getText().trim());
	}
}
