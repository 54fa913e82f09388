package org.intdesigner.reports.ui;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.intdesigner.reports.Audience;
import org.intdesigner.reports.ReportScope;
import org.intdesigner.reports.engine.ReportRequest;
import org.intdesigner.reports.engine.SectionRegistry;
import org.intdesigner.reports.render.ReportFormat;
import org.intdesigner.ui.files.FileDialogs;
import org.intdesigner.ui.model.OpenModel;
import org.intdesigner.workforce.metrics.SmallNumberSuppression;

/**
 * The one page of File &gt; Export &gt; Report: the model, what the report covers, the template,
 * the sections, the format and the file. The file is proposed beside the model and follows the
 * scope, template and format until the person types or browses to another.
 */
final class ReportPage extends WizardPage {

	private final List<OpenModel> models;
	private final SectionRegistry registry;
	private final EObject selected;
	private OpenModel model;
	private ScopeChoices scopes;
	private Combo modelCombo;
	private Combo scopeCombo;
	private final Map<Audience, Button> templates = new EnumMap<>(Audience.class);
	private final Map<ReportFormat, Button> formats = new EnumMap<>(ReportFormat.class);
	private SectionChecklist sections;
	private Text file;
	/** True once the person typed or browsed to a file: it is then theirs, and only its extension follows the format. */
	private boolean fileChosen;
	private boolean proposing;

	ReportPage(List<OpenModel> models, OpenModel initial, EObject selected, SectionRegistry registry) {
		super("report");
		this.models = models;
		this.model = initial;
		this.selected = selected;
		this.registry = registry;
		setTitle("Export a report");
		setDescription("Write the place assurance pack of a place, neighbourhood, team or partner as HTML, PDF or Excel.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		modelCombo = combo(page, "&Model:");
		models.forEach(open -> modelCombo.add(WizardModels.label(open)));
		modelCombo.addListener(SWT.Selection, e -> modelChosen(models.get(modelCombo.getSelectionIndex())));
		scopeCombo = combo(page, "&Scope:");
		scopeCombo.setVisibleItemCount(20);
		scopeCombo.addListener(SWT.Selection, e -> changed());
		Composite templateRow = row(page, "&Template:");
		for (Audience audience : Audience.values()) {
			Button radio = radio(templateRow, audience.label(), audience == Audience.BOARD);
			radio.addListener(SWT.Selection, e -> {
				if (radio.getSelection()) {
					templateChosen(audience);
				}
			});
			templates.put(audience, radio);
		}
		Label sectionsLabel = new Label(page, SWT.NONE);
		sectionsLabel.setText("S&ections:");
		sectionsLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		sections = new SectionChecklist(page, registry, this::validate);
		GridData table = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		// every installed section in sight without scrolling (up to a dozen), the descriptions mostly whole
		Table list = sections.control();
		table.heightHint = list.getHeaderHeight() + list.getItemHeight() * Math.min(12, Math.max(6, list.getItemCount())) + 4;
		table.widthHint = 760;
		sections.control().setLayoutData(table);
		Composite formatRow = row(page, "&Format:");
		for (ReportFormat format : ReportFormat.values()) {
			Button radio = radio(formatRow, shortLabel(format), format == ReportFormat.PDF);
			radio.setToolTipText(format.label());
			radio.addListener(SWT.Selection, e -> {
				if (radio.getSelection()) {
					formatChosen();
				}
			});
			formats.put(format, radio);
		}
		new Label(page, SWT.NONE).setText("F&ile:");
		file = new Text(page, SWT.BORDER);
		file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		file.addListener(SWT.Modify, e -> {
			fileChosen |= !proposing;
			validate();
		});
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("B&rowse...");
		browse.addListener(SWT.Selection, e -> browse());
		setControl(page);
		if (model != null) {
			modelCombo.select(models.indexOf(model));
			modelChosen(model);
		}
		sections.checkTemplate(audience());
		validate();
	}

	private static Combo combo(Composite page, String label) {
		new Label(page, SWT.NONE).setText(label);
		Combo combo = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return combo;
	}

	private static Composite row(Composite page, String label) {
		new Label(page, SWT.NONE).setText(label);
		Composite row = new Composite(page, SWT.NONE);
		RowLayout layout = new RowLayout(SWT.HORIZONTAL);
		layout.marginLeft = 0;
		layout.spacing = 12;
		row.setLayout(layout);
		row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return row;
	}

	/** "Excel": the formats by the names people know them by; the tool tip says what each holds. */
	static String shortLabel(ReportFormat format) {
		return switch (format) {
		case HTML -> "HTML";
		case PDF -> "PDF";
		case XLSX -> "Excel";
		};
	}

	private static Button radio(Composite row, String text, boolean selected) {
		Button radio = new Button(row, SWT.RADIO);
		radio.setText(text);
		radio.setSelection(selected);
		return radio;
	}

	private void modelChosen(OpenModel chosen) {
		model = chosen;
		scopes = ScopeChoices.of(chosen.getModel());
		scopeCombo.setItems(scopes.labels().toArray(String[]::new));
		scopeCombo.select(scopes.initial(selected));
		changed();
	}

	/** A partner's pack is about one organisation: choosing it moves the scope to one unless it is one already. */
	private void templateChosen(Audience audience) {
		sections.checkTemplate(audience);
		if (audience == Audience.PARTNER && scopes != null && scope().kind() != ReportScope.Kind.ORGANISATION) {
			int organisation = scopes.firstOf(ReportScope.Kind.ORGANISATION);
			if (organisation >= 0) {
				scopeCombo.select(organisation);
			}
		}
		changed();
	}

	private void formatChosen() {
		if (fileChosen) {
			setFile(ReportFileProposal.withFormat(file.getText(), format()));
		}
		changed();
	}

	/** The scope, template or format changed: a proposed file follows them. */
	private void changed() {
		if (!fileChosen && model != null && scopes != null) {
			setFile(ReportFileProposal.propose(model.getFile(), audience(), scope().element().getName(), format()).toString());
		}
		validate();
	}

	private void setFile(String text) {
		proposing = true;
		try {
			file.setText(text);
		} finally {
			proposing = false;
		}
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setText("Write the Report To");
		dialog.setFilterExtensions(new String[] { "*." + format().extension() });
		dialog.setOverwrite(true);
		String chosen = FileDialogs.open(dialog, file.getText());
		if (chosen != null) {
			file.setText(ReportFormat.ofFile(chosen) == format() ? chosen : ReportFileProposal.withFormat(chosen, format()));
		}
	}

	private void validate() {
		if (file == null) {
			return;
		}
		String error = problem();
		setErrorMessage(error);
		setPageComplete(error == null);
		Path output = error == null ? output() : null;
		if (output != null && Files.exists(output)) {
			setMessage(output.getFileName() + " exists: it will be replaced.", IMessageProvider.WARNING);
		} else if (error == null && audience() == Audience.PARTNER && scope().kind() != ReportScope.Kind.ORGANISATION) {
			setMessage("A partner's pack shows one organisation's staff: choose the organisation as the scope.",
					IMessageProvider.INFORMATION);
		} else {
			setMessage(null);
		}
	}

	private String problem() {
		if (model == null) {
			return "No model is open: open one (File > Open...), then choose File > Export > Report again.";
		}
		if (sections.isEmpty()) {
			return "No report sections are installed.";
		}
		if (sections.checkedIds().isEmpty()) {
			return "Tick at least one section.";
		}
		if (file.getText().isBlank()) {
			return "Type or browse to the file to write.";
		}
		Path output = output();
		if (output == null || !output.isAbsolute()) {
			return "'" + file.getText().strip() + "' is not a full file path: type one like "
					+ ReportFileProposal.propose(model.getFile(), audience(), scope().element().getName(), format()) + ".";
		}
		if (Files.isDirectory(output)) {
			return output + " is a folder: add the report's file name.";
		}
		Path folder = output.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			return "The folder " + folder + " does not exist: choose a folder that does.";
		}
		return null;
	}

	private Path output() {
		try {
			return Path.of(file.getText().strip());
		} catch (InvalidPathException e) {
			return null;
		}
	}

	private ScopeChoices.Choice scope() {
		return scopes.get(Math.max(0, scopeCombo.getSelectionIndex()));
	}

	private Audience audience() {
		return templates.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).findFirst()
				.orElse(Audience.BOARD);
	}

	private ReportFormat format() {
		return formats.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).findFirst()
				.orElse(ReportFormat.PDF);
	}

	/** The report asked for; call on the UI thread once the page is complete. */
	ReportRequest request() {
		return new ReportRequest(model.getModel(), model.getFile(), scope().id(), audience(), sections.checkedIds(), format(),
				output(), null, SmallNumberSuppression.DEFAULT_THRESHOLD, LocalDate.now());
	}

	/** Says on the page that a run was cancelled (the wizard stays open). */
	void cancelled(Path output) {
		setMessage("Cancelled: nothing was written to " + output.getFileName() + ".", IMessageProvider.WARNING);
	}
}
