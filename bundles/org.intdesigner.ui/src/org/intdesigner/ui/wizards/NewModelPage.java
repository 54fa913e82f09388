package org.intdesigner.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.ui.templates.ModelTemplates;
import org.intdesigner.ui.files.FileDialogs;

/** Name, place on disk and template of a new model; refuses names that would overwrite a file. */
final class NewModelPage extends WizardPage {

	private final Path defaultFolder;
	private final List<ModelTemplates.Descriptor> templates;
	private Text name;
	private Text folder;
	private Text fileName;
	private Label templateDescription;
	private org.eclipse.swt.widgets.List templateList;
	private boolean fileNameEdited;

	NewModelPage(Path defaultFolder, List<ModelTemplates.Descriptor> templates) {
		super("newModel");
		this.defaultFolder = defaultFolder;
		this.templates = templates;
		setTitle("New INT Model");
		setDescription("Create an .intd file for an Integrated Neighbourhood Team design.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		name = labelled(page, "Model &name:", "New INT");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(name);
		folder = labelled(page, "&Folder:", defaultFolder.toString());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("B&rowse...");
		browse.addListener(SWT.Selection, e -> browse());
		fileName = labelled(page, "F&ile name:", "New INT.intd");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(fileName);

		Label templateLabel = new Label(page, SWT.NONE);
		templateLabel.setText("&Template:");
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(templateLabel);
		templateList = new org.eclipse.swt.widgets.List(page, SWT.SINGLE | SWT.BORDER);
		templates.forEach(t -> templateList.add(t.name()));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(templateList);
		new Label(page, SWT.NONE);
		templateDescription = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(templateDescription);
		if (!templates.isEmpty()) {
			templateList.select(0);
		}
		templateList.addListener(SWT.Selection, e -> validate());

		name.addModifyListener(e -> {
			if (!fileNameEdited) {
				fileName.setText(name.getText().trim() + "." + ModelFiles.EXTENSION);
			}
			validate();
		});
		fileName.addListener(SWT.KeyDown, e -> fileNameEdited = true);
		fileName.addModifyListener(e -> validate());
		folder.addModifyListener(e -> validate());
		setControl(page);
		validate();
	}

	private static Text labelled(Composite page, String label, String value) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER);
		text.setText(value);
		return text;
	}

	private void browse() {
		String chosen = FileDialogs.open(new DirectoryDialog(getShell()), folder.getText());
		if (chosen != null) {
			folder.setText(chosen);
		}
	}

	private void validate() {
		templateDescription.setText(template() == null || template().description() == null ? "" : template().description());
		setErrorMessage(problem());
		setPageComplete(getErrorMessage() == null);
	}

	private String problem() {
		if (name.getText().isBlank()) {
			return "Give the model a name.";
		}
		String file = fileName.getText().trim();
		if (file.isEmpty() || file.contains("/") || !file.endsWith("." + ModelFiles.EXTENSION)) {
			return "The file name must end in .intd and contain no folder.";
		}
		if (folder.getText().isBlank()) {
			return "Choose a folder for the model.";
		}
		Path target = file();
		if (Files.exists(target)) {
			return target + " already exists; choose another name (nothing is overwritten).";
		}
		if (template() == null) {
			return "Choose a template.";
		}
		return null;
	}

	String modelName() {
		return name.getText().trim();
	}

	Path file() {
		return Paths.get(folder.getText().trim()).resolve(fileName.getText().trim());
	}

	ModelTemplates.Descriptor template() {
		int index = templateList == null ? -1 : templateList.getSelectionIndex();
		return index < 0 ? null : templates.get(index);
	}
}
