package org.intdesigner.analysis.ui.validation;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.intdesigner.analysis.api.Parameter;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.analysis.engine.RulePreferences;
import org.intdesigner.analysis.engine.RuleRegistry;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.ui.model.ModelManager;
import org.intdesigner.ui.model.OpenModel;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Preferences > Validation: every installed rule with a check box to switch it off, its severity,
 * and, for the selected rule, its description and parameters (span limits, depth). Applying
 * validates the open models again.
 */
public class RulesPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private final List<Rule> rules = RuleRegistry.getDefault().getRules();
	private RuleSettings settings = RulePreferences.load();
	private Table table;
	private Group details;
	private Label rationale;
	private Composite parameters;

	@Override
	public void init(IWorkbench workbench) {
		setDescription("Rules that check INT designs. Switch a rule off, change how serious its findings are, or set its limits.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		table = new Table(page, SWT.CHECK | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(520, 260).applyTo(table);
		column("Rule", 80);
		column("What it finds", 330);
		column("Severity", 90);
		for (Rule rule : rules) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(rule);
			item.setChecked(settings.isEnabled(rule));
			item.setText(new String[] { rule.id(), rule.title(), settings.severity(rule).label() });
		}
		table.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK && e.item instanceof TableItem item) {
				settings = settings.withEnabled(((Rule) item.getData()).id(), item.getChecked());
			}
			showDetails();
		});
		severityEditor();
		details = new Group(page, SWT.NONE);
		details.setText("Selected rule");
		details.setLayout(new GridLayout(1, false));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(details);
		rationale = new Label(details, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(rationale);
		parameters = new Composite(details, SWT.NONE);
		parameters.setLayout(new GridLayout(2, false));
		if (table.getItemCount() > 0) {
			table.select(0);
			showDetails();
		}
		return page;
	}

	private void column(String title, int width) {
		TableColumn column = new TableColumn(table, SWT.NONE);
		column.setText(title);
		column.setWidth(width);
	}

	/** A drop-down over the Severity cell of the selected row. */
	private void severityEditor() {
		TableEditor editor = new TableEditor(table);
		editor.grabHorizontal = true;
		table.addListener(SWT.MouseDown, e -> {
			TableItem item = table.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
			if (item == null || !item.getBounds(2).contains(e.x, e.y)) {
				return;
			}
			Rule rule = (Rule) item.getData();
			CCombo combo = new CCombo(table, SWT.READ_ONLY);
			for (Severity severity : Severity.values()) {
				combo.add(severity.label());
			}
			combo.setText(settings.severity(rule).label());
			combo.addListener(SWT.Selection, ev -> {
				Severity chosen = Severity.values()[combo.getSelectionIndex()];
				settings = settings.withSeverity(rule.id(), chosen == rule.defaultSeverity() ? null : chosen);
				item.setText(2, chosen.label());
			});
			combo.addListener(SWT.FocusOut, ev -> combo.dispose());
			editor.setEditor(combo, item, 2);
			combo.setFocus();
		});
	}

	private void showDetails() {
		TableItem[] selected = table.getSelection();
		for (Control child : parameters.getChildren()) {
			child.dispose();
		}
		if (selected.length == 0) {
			rationale.setText("");
		} else {
			Rule rule = (Rule) selected[0].getData();
			rationale.setText(rule.id() + ": " + rule.title() + "\n" + rule.rationale());
			for (Parameter parameter : rule.parameters()) {
				new Label(parameters, SWT.NONE).setText(parameter.label() + ":");
				Spinner spinner = new Spinner(parameters, SWT.BORDER);
				spinner.setValues(settings.parameter(rule, parameter), parameter.min(), parameter.max(), 0, 1, 5);
				spinner.setData(parameter.key());
				spinner.addListener(SWT.Modify, e -> settings = settings.withParameter(rule.id(), parameter.key(),
						spinner.getSelection() == parameter.defaultValue() ? null : spinner.getSelection()));
			}
		}
		details.getParent().layout(true, true);
	}

	@Override
	protected void performDefaults() {
		settings = RuleSettings.defaults();
		for (TableItem item : table.getItems()) {
			Rule rule = (Rule) item.getData();
			item.setChecked(true);
			item.setText(2, rule.defaultSeverity().label());
		}
		showDetails();
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		try {
			RulePreferences.save(settings);
		} catch (BackingStoreException e) {
			MessageDialog.openError(getShell(), "Validation", "Could not save the rule settings: " + e.getMessage());
			return false;
		}
		for (OpenModel model : ModelManager.INSTANCE.openModels()) {
			model.getValidation().settingsChanged(settings);
		}
		return true;
	}

	/** The settings as edited so far (tests). */
	public RuleSettings getSettings() {
		return settings;
	}
}
