package org.intdesigner.planning.ui.scenarios;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.compare.Scenarios;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.ui.files.FileDialogs;
import org.intdesigner.ui.model.ModelManager;
import org.intdesigner.ui.model.OpenModel;

/**
 * The baseline a scenario is made from, its name (the baseline's name and "(scenario)" unless typed) and its file
 * (the name beside the baseline unless chosen); refuses a file that exists, so nothing is overwritten.
 */
final class NewScenarioPage extends WizardPage {

	private final Path suggested;
	private Text baseline;
	private Text name;
	private Text file;
	private boolean nameEdited;
	private boolean fileEdited;

	NewScenarioPage(Path suggested) {
		super("newScenario");
		this.suggested = suggested;
		setTitle("New Scenario");
		setDescription("A to-be version of a model that keeps the ids of what it does not change, so that its changes can"
				+ " be listed against the model.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		baseline = field(page, "&Baseline model:", suggested == null ? "" : suggested.toString());
		browse(page, "B&rowse...", () -> choose(baseline, SWT.OPEN));
		name = field(page, "Scenario &name:", "");
		new Label(page, SWT.NONE);
		file = field(page, "&File:", "");
		browse(page, "Br&owse...", () -> choose(file, SWT.SAVE));
		Label note = new Label(page, SWT.WRAP);
		note.setText("The scenario names its baseline by the path from its own folder: keep the two files together when"
				+ " you move them.");
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(note);
		baselineChanged();
		baseline.addModifyListener(e -> baselineChanged());
		name.addListener(SWT.KeyDown, e -> nameEdited = true);
		name.addModifyListener(e -> {
			suggestFile();
			validate();
		});
		file.addListener(SWT.KeyDown, e -> fileEdited = true);
		file.addModifyListener(e -> validate());
		setControl(page);
		validate();
	}

	private static Text field(Composite page, String label, String value) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private static void browse(Composite page, String label, Runnable choose) {
		Button button = new Button(page, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, e -> choose.run());
	}

	private void choose(Text field, int style) {
		FileDialog dialog = new FileDialog(getShell(), style);
		dialog.setFilterExtensions(new String[] { "*." + ModelFiles.EXTENSION });
		String chosen = FileDialogs.open(dialog, field.getText());
		if (chosen != null) {
			if (field == file) {
				fileEdited = true;
			}
			field.setText(chosen);
		}
	}

	private void baselineChanged() {
		if (!nameEdited) {
			IntdModel model = baselineModel();
			name.setText(model == null ? "" : Scenarios.defaultName(model));
		}
		suggestFile();
		validate();
	}

	/** The baseline's model as it is now: the open one, else read from the file; null when there is none. */
	private IntdModel baselineModel() {
		Path path = baselineFile();
		if (path == null || !Files.isRegularFile(path)) {
			return null;
		}
		OpenModel open = ModelManager.INSTANCE.find(path);
		try {
			return open != null ? open.getModel() : ReadOnlyModels.read(path);
		} catch (java.io.IOException e) {
			return null;
		}
	}

	private void suggestFile() {
		Path path = baselineFile();
		if (!fileEdited && path != null && path.getParent() != null && !name.getText().isBlank()) {
			file.setText(path.getParent().resolve(fileName(name.getText())).toString());
		}
	}

	/** The scenario's name as a file name: the characters a file name cannot hold become '-'. */
	static String fileName(String name) {
		return name.trim().replaceAll("[/\\\\:*?\"<>|]", "-") + "." + ModelFiles.EXTENSION;
	}

	private void validate() {
		String problem = problem();
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private String problem() {
		Path base = baselineFile();
		if (base == null) {
			return "Choose the model the scenario is made from (its baseline).";
		}
		if (!Files.isRegularFile(base)) {
			return base + " does not exist; choose the baseline's .intd file.";
		}
		if (baselineModel() == null) {
			return base + " could not be read as an INT model; open it in the model editor to see why.";
		}
		if (name.getText().isBlank()) {
			return "Give the scenario a name.";
		}
		Path target = scenarioFile();
		if (target == null || !target.getFileName().toString().endsWith("." + ModelFiles.EXTENSION)) {
			return "The scenario's file must end in .intd.";
		}
		if (target.equals(base)) {
			return "The scenario needs a file of its own, not its baseline's.";
		}
		if (Files.exists(target)) {
			return target + " already exists; choose another name (nothing is overwritten).";
		}
		return null;
	}

	Path baselineFile() {
		return path(baseline.getText());
	}

	Path scenarioFile() {
		return path(file.getText());
	}

	String scenarioName() {
		return name.getText().trim();
	}

	private static Path path(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Paths.get(text.trim()).toAbsolutePath().normalize();
		} catch (java.nio.file.InvalidPathException e) {
			return null;
		}
	}
}
