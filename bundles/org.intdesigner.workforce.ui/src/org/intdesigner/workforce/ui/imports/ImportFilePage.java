package org.intdesigner.workforce.ui.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.workforce.imports.ImportKind;
import org.intdesigner.workforce.ui.store.WorkforceStores;
import org.intdesigner.ui.files.FileDialogs;

/**
 * The import wizard's page: the kind of file (with its columns in words), the file, whether it
 * replaces what the store holds for its partners, and the optional model, a survey's questions
 * file, census month and code mappings (NHS codes, ASC-WDS workplaces). The page is complete when what it
 * holds can be imported.
 */
final class ImportFilePage extends WizardPage {

	private Combo kind;
	private Label columns;
	private Text file;
	private Button replace;
	private Text model;
	private Text questions;
	private Text census;
	private Text mappings;

	ImportFilePage() {
		super("workforceFile", "Import a workforce file", null);
		setDescription("All or nothing: a file with any problem imports no row at all.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		new Label(page, SWT.NONE).setText("&Kind of file:");
		kind = new Combo(page, SWT.READ_ONLY);
		for (ImportKind each : ImportKind.values()) {
			kind.add(KindDescriptions.label(each));
		}
		kind.select(0);
		kind.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(page, SWT.NONE);
		columns = new Label(page, SWT.WRAP);
		GridData columnsData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		columnsData.widthHint = 480;
		columnsData.heightHint = 80; // room for the longest description, so the page does not jump
		columns.setLayoutData(columnsData);
		file = pathField(page, "&File:", "*.csv", "CSV files (*.csv)");
		new Label(page, SWT.NONE);
		replace = new Button(page, SWT.CHECK);
		replace.setText("&Replace what the store holds for the file's partners");
		replace.setToolTipText("Unticked, the rows are added, and a row the store already holds rejects the file.");
		replace.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		model = pathField(page, "INT &model (optional):", "*." + ModelFiles.EXTENSION, "INT models (*.intd)");
		model.setMessage("check the file's codes against a model's organisations, roles, teams and posts");
		questions = pathField(page, "Survey &questions (optional):", "*.csv", "CSV files (*.csv)");
		questions.setMessage("column,question,theme: the survey's further columns");
		questions.setToolTipText("A questions file names the survey's columns beyond q1-q9, the wording of each question and"
				+ " the theme it measures: satisfaction, improvement, productivity or alignment.");
		census = text(page, "&Census month:");
		census.setMessage("YYYY-MM, the month a practice-level file is for");
		mappings = text(page, "Code m&appings:");
		mappings.setMessage("U12345=pcn-north, P81001=practice-a");
		mappings.setToolTipText("The model's organisation code for a code in the file (an NHS PCN or practice code, an"
				+ " ASC-WDS LOCALESTID).");
		Label where = new Label(page, SWT.WRAP);
		GridData whereData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		whereData.verticalIndent = 10;
		whereData.widthHint = 480;
		where.setLayoutData(whereData);
		where.setText("Into " + storeDescription() + " (Window > Preferences > INT Designer > Workforce Store).");
		kind.addListener(SWT.Selection, e -> update());
		for (Text text : new Text[] { file, model, questions, census, mappings }) {
			text.addListener(SWT.Modify, e -> update());
		}
		update();
		setControl(page);
	}

	private static String storeDescription() {
		try {
			return WorkforceStores.get().location().describe();
		} catch (IllegalArgumentException e) {
			return "the workforce store (its preferences are not complete: " + e.getMessage() + ")";
		}
	}

	private Text pathField(Composite page, String label, String extension, String filterName) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { extension, "*" });
			dialog.setFilterNames(new String[] { filterName, "All files" });
			String chosen = FileDialogs.open(dialog, text.getText());
			if (chosen != null) {
				text.setText(chosen);
			}
		});
		return text;
	}

	private static Text text(Composite page, String label) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return text;
	}

	private ImportKind kind() {
		return ImportKind.values()[kind.getSelectionIndex()];
	}

	private void update() {
		columns.setText(KindDescriptions.columns(kind()));
		census.setEnabled(kind() == ImportKind.GP_PRACTICE);
		questions.setEnabled(kind() == ImportKind.SURVEY);
		if (file.getText().isBlank()) {
			// nothing wrong yet: the page has just opened
			setErrorMessage(null);
			setMessage("Choose the kind of file and the file to import.");
			setPageComplete(false);
			return;
		}
		setMessage(null);
		String problem = problem();
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	/** What keeps the page from being imported, or null. */
	private String problem() {
		String path = file.getText().trim();
		if (!Files.isRegularFile(Path.of(path))) {
			return path + " is not a file: choose the CSV file to import.";
		}
		String modelPath = model.getText().trim();
		if (!modelPath.isEmpty() && !Files.isRegularFile(Path.of(modelPath))) {
			return modelPath + " is not a file: choose an INT model (.intd), or leave the field empty.";
		}
		String questionsPath = questions.getText().trim();
		if (kind() == ImportKind.SURVEY && !questionsPath.isEmpty() && !Files.isRegularFile(Path.of(questionsPath))) {
			return questionsPath + " is not a file: choose the survey's questions file (column,question,theme), or leave the"
					+ " field empty.";
		}
		if (kind() == ImportKind.GP_PRACTICE) {
			try {
				YearMonth.parse(census.getText().trim());
			} catch (DateTimeParseException e) {
				return "Type the census month the practice-level file is for, as YYYY-MM (e.g. 2025-03).";
			}
		}
		try {
			OrganisationCodes.parse(mappings.getText());
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
		return null;
	}

	/** The import the page describes; call when the page is complete. */
	ImportRequest request() {
		String modelPath = model.getText().trim();
		String questionsPath = questions.getText().trim();
		Map<String, String> codes = OrganisationCodes.parse(mappings.getText());
		return new ImportRequest(kind(), Path.of(file.getText().trim()), replace.getSelection(),
				modelPath.isEmpty() ? null : Path.of(modelPath),
				kind() == ImportKind.GP_PRACTICE ? YearMonth.parse(census.getText().trim()) : null, codes,
				kind() == ImportKind.SURVEY && !questionsPath.isEmpty() ? Path.of(questionsPath) : null);
	}
}
