package org.intdesigner.planning.ui.study;

import static org.intdesigner.model.IntdPackage.Literals.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.intdesigner.model.AllowancePeriod;
import org.intdesigner.model.Area;
import org.intdesigner.model.CategoryAllowance;
import org.intdesigner.model.Element;
import org.intdesigner.model.IndividualAllowance;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.PopulationCohort;
import org.intdesigner.model.Role;
import org.intdesigner.model.ServiceActivity;
import org.intdesigner.model.Team;
import org.intdesigner.model.WisnStudy;
import org.intdesigner.model.io.Labels;
import org.intdesigner.model.io.ModelIds;
import org.intdesigner.planning.ui.PlanningIds;
import org.intdesigner.planning.wisn.WisnResult;
import org.intdesigner.ui.actions.UndoRedoAction;
import org.intdesigner.ui.model.ModelManager;
import org.intdesigner.ui.model.ModelPartEditing;
import org.intdesigner.ui.model.OpenModel;

/**
 * A WISN study of a model: its role and unit, the available working time, tables of its health-service activities
 * and its category and individual allowances, and its results for each unit, recomputed as figures are typed (the
 * model changes when a field or cell is left, as one undoable command on the model's own stack, shared with the
 * model editor and the diagrams: undo, redo, the dirty marker and Save are theirs too).
 */
public final class WisnStudyEditor extends EditorPart implements IEditingDomainProvider {

	public static final String ID = PlanningIds.STUDY_EDITOR;

	private OpenModel model;
	private WisnStudy study;
	private StudyPreview preview;
	private Text name;
	private Combo role;
	private Combo unit;
	private Button eachNeighbourhood;
	private Button observedSickLeave;
	private final Map<EAttribute, Text> numbers = new LinkedHashMap<>();
	private final List<PartTable> tables = new ArrayList<>();
	private TableViewer results;
	private List<WisnResult> shownResults = List.of();
	private Label problems;
	private Label entryProblem;
	private List<Role> roles = List.of();
	private List<Element> units = List.of();
	private final UndoRedoAction undo = UndoRedoAction.undo();
	private final UndoRedoAction redo = UndoRedoAction.redo();
	private final CommandStackListener stackListener = this::commandStackChanged;
	private final Runnable savedListener = () -> firePropertyChange(PROP_DIRTY);

	/** Opens (or brings to the front) the editor of {@code study} of the model in {@code file}. */
	public static WisnStudyEditor open(IWorkbenchPage page, Path file, WisnStudy study) {
		try {
			return (WisnStudyEditor) page.openEditor(new WisnStudyEditorInput(file, study.getId(), study.getName()), ID);
		} catch (PartInitException e) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Could not open the WISN study", e.getMessage());
			return null;
		}
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof WisnStudyEditorInput studyInput)) {
			throw new PartInitException("The WISN study editor opens WISN studies, not " + input.getName() + ".");
		}
		try {
			model = ModelManager.INSTANCE.open(studyInput.getFile());
		} catch (IOException e) {
			throw new PartInitException("Could not open " + studyInput.getFile() + ": " + e.getMessage(), e);
		}
		study = model.getModel().getWisnStudies().stream().filter(s -> studyInput.getStudyId().equals(s.getId())).findFirst()
				.orElse(null);
		if (study == null) {
			ModelManager.INSTANCE.close(model);
			model = null;
			throw new PartInitException("The WISN study this editor showed is no longer in " + studyInput.getFile()
					+ ". Open a study again from the Model Explorer or the workforce plan.");
		}
		preview = new StudyPreview(model.getModel());
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		ScrolledComposite scroll = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
		Composite form = new Composite(scroll, SWT.NONE);
		scroll.setContent(form);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		form.setLayout(new GridLayout(2, false));

		heading(form, "WISN study");
		name = text(form, "Name:", "What the study is about");
		name.addListener(SWT.DefaultSelection, e -> commitName());
		name.addListener(SWT.FocusOut, e -> commitName());
		role = combo(form, "Role:", "Whose staffing need this is");
		role.addListener(SWT.Selection, e -> {
			int index = role.getSelectionIndex();
			execute(SetCommand.create(model.getDomain(), study, WISN_STUDY__ROLE, index < 0 ? null : roles.get(index)));
		});
		unit = combo(form, "Unit:", "The team or area whose workload this is");
		unit.addListener(SWT.Selection, e -> {
			int index = unit.getSelectionIndex();
			execute(SetCommand.create(model.getDomain(), study, WISN_STUDY__UNIT, index < 0 ? null : units.get(index)));
		});
		new Label(form, SWT.NONE);
		eachNeighbourhood = new Button(form, SWT.CHECK);
		eachNeighbourhood.setText("A standard for each neighbourhood in the unit (workload from each one's own cohorts)");
		eachNeighbourhood.addListener(SWT.Selection, e -> execute(SetCommand.create(model.getDomain(), study,
				WISN_STUDY__EACH_NEIGHBOURHOOD, eachNeighbourhood.getSelection())));

		heading(form, "Available working time: [A - (B + C + D + E)] x F");
		number(form, "A  Working days a year:", WISN_STUDY__WORKING_DAYS);
		number(form, "B  Public holidays (days):", WISN_STUDY__PUBLIC_HOLIDAYS);
		number(form, "C  Annual leave (days):", WISN_STUDY__ANNUAL_LEAVE);
		number(form, "D  Sick leave (days):", WISN_STUDY__SICK_LEAVE);
		new Label(form, SWT.NONE);
		observedSickLeave = new Button(form, SWT.CHECK);
		observedSickLeave.setText("Use the sickness absence observed in the workforce store instead (in the plan)");
		observedSickLeave.addListener(SWT.Selection, e -> execute(SetCommand.create(model.getDomain(), study,
				WISN_STUDY__OBSERVED_SICK_LEAVE, observedSickLeave.getSelection())));
		number(form, "E  Other leave (days):", WISN_STUDY__OTHER_LEAVE);
		number(form, "F  Working hours a day:", WISN_STUDY__HOURS_PER_DAY);
		number(form, "Hours a week (empty: F x A / 52):", WISN_STUDY__HOURS_PER_WEEK);
		number(form, "Staff now (empty: from the posts):", WISN_STUDY__CURRENT_STAFF);
		entryProblem = new Label(form, SWT.WRAP);
		entryProblem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(entryProblem);

		PartTable.Listener typing = new PartTable.Listener() {
			@Override
			public void typing(EObject owner, EAttribute attribute, Object value) {
				showResults(preview.with(study, owner, attribute, value));
			}

			@Override
			public void problem(String message) {
				showEntryProblem(message);
			}
		};
		tables.add(new PartTable(form, "Health-service activities", model.getDomain(), study, WISN_STUDY__ACTIVITIES,
				owner -> newActivity(), List.of(PartTable.ColumnSpec.of("Activity", 190, SERVICE_ACTIVITY__ACTIVITY),
						PartTable.ColumnSpec.of("Unit time (min)", 100, SERVICE_ACTIVITY__UNIT_MINUTES),
						PartTable.ColumnSpec.of("Rate (an hour)", 95, SERVICE_ACTIVITY__RATE_PER_HOUR),
						PartTable.ColumnSpec.of("Annual workload", 110, SERVICE_ACTIVITY__ANNUAL_WORKLOAD),
						PartTable.ColumnSpec.choice("Cohort", 210, null, SERVICE_ACTIVITY__COHORT, owner -> cohorts(),
								cohort -> Labels.readable((EObject) cohort)),
						PartTable.ColumnSpec.of("A year per person", 115, SERVICE_ACTIVITY__PER_PERSON)), typing));
		tables.add(new PartTable(form, "Category allowances", model.getDomain(), study, WISN_STUDY__CATEGORY_ALLOWANCES,
				owner -> newCategoryAllowance(), List.of(PartTable.ColumnSpec.of("Activity", 190, CATEGORY_ALLOWANCE__ACTIVITY),
						PartTable.ColumnSpec.of("% of working time", 120, CATEGORY_ALLOWANCE__PERCENT),
						PartTable.ColumnSpec.of("or hours", 80, CATEGORY_ALLOWANCE__HOURS),
						PartTable.ColumnSpec.choice("per", 90, CATEGORY_ALLOWANCE__PER, null, owner -> AllowancePeriod.VALUES,
								period -> period == null ? "" : ((AllowancePeriod) period).getLiteral())), typing));
		tables.add(new PartTable(form, "Individual allowances", model.getDomain(), study, WISN_STUDY__INDIVIDUAL_ALLOWANCES,
				owner -> newIndividualAllowance(), List.of(PartTable.ColumnSpec.of("Activity", 190, INDIVIDUAL_ALLOWANCE__ACTIVITY),
						PartTable.ColumnSpec.of("Hours a year", 100, INDIVIDUAL_ALLOWANCE__HOURS_PER_YEAR),
						PartTable.ColumnSpec.of("Staff doing it", 100, INDIVIDUAL_ALLOWANCE__STAFF)), typing));

		Composite side = new Composite(sash, SWT.NONE);
		side.setLayout(new GridLayout(1, false));
		heading(side, "Results");
		Label hint = new Label(side, SWT.WRAP);
		hint.setText("They follow what you type; the model changes when you leave the field (Enter, Tab), as one step to undo.");
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(hint);
		results = new TableViewer(side, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		results.getTable().setHeaderVisible(true);
		results.getTable().setLinesVisible(true);
		results.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(results.getControl());
		problems = new Label(side, SWT.WRAP);
		problems.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(problems);
		sash.setWeights(58, 42);

		undo.setDomain(model.getDomain());
		redo.setDomain(model.getDomain());
		var bars = getEditorSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.updateActionBars();
		model.getCommandStack().addCommandStackListener(stackListener);
		model.addSaveListener(savedListener);
		refresh();
		scroll.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	/** One line of the results: a figure, and its value in each unit. */
	record ResultLine(String figure, java.util.function.Function<WisnResult, String> value) {
	}

	private static final List<ResultLine> LINES = List.of(
			new ResultLine("Available working time (days)", r -> figure(r.awtDays())),
			new ResultLine("Available working time (hours)", r -> figure(r.awtHours())),
			new ResultLine("Staff for health-service activities (A)", r -> staff(r.healthServiceStaff())),
			new ResultLine("Category allowances (%)", r -> staff(r.categoryAllowancePercent())),
			new ResultLine("Category allowance factor (CAF)", r -> String.format(Locale.ROOT, "%.3f", r.categoryAllowanceFactor())),
			new ResultLine("Individual allowance factor (IAF)", r -> String.format(Locale.ROOT, "%.3f", r.individualAllowanceFactor())),
			new ResultLine("Required staff (A x CAF + IAF)", r -> staff(r.requiredStaff())),
			new ResultLine("Staff now", r -> staff(r.currentStaff())),
			new ResultLine("WISN difference (now - required)", r -> staff(r.difference())),
			new ResultLine("WISN ratio (now / required)", r -> Double.isNaN(r.ratio()) ? "-" : String.format(Locale.ROOT, "%.2f", r.ratio())));

	private static String staff(double value) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
	}

	private static String figure(double value) {
		return Numbers.text(Math.round(value * 100) / 100.0);
	}

	private static void heading(Composite form, String text) {
		Label label = new Label(form, SWT.NONE);
		label.setText(text);
		label.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 6).applyTo(label);
	}

	private static Text text(Composite form, String label, String tooltip) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, SWT.BORDER);
		text.setToolTipText(tooltip);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private static Combo combo(Composite form, String label, String tooltip) {
		new Label(form, SWT.NONE).setText(label);
		Combo combo = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setToolTipText(tooltip);
		combo.setVisibleItemCount(20);
		GridDataFactory.fillDefaults().hint(360, SWT.DEFAULT).applyTo(combo);
		return combo;
	}

	/** A number field: previewed as it is typed, committed when left or on Enter; empty unsets where that means "from the data". */
	private void number(Composite form, String label, EAttribute attribute) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, SWT.BORDER | SWT.RIGHT);
		GridDataFactory.swtDefaults().hint(90, SWT.DEFAULT).applyTo(text);
		text.setData("attribute", attribute.getName());
		numbers.put(attribute, text);
		text.addModifyListener(e -> {
			if (text.getData("refreshing") != null) {
				return;
			}
			try {
				Object value = Numbers.parse(attribute, text.getText());
				showEntryProblem(null);
				showResults(preview.with(study, study, attribute, value == null && !attribute.isUnsettable() ? 0.0 : value));
			} catch (IllegalArgumentException ex) {
				showEntryProblem(label.replaceAll("^[A-F]  ", "").replace(":", "") + ": " + ex.getMessage());
			}
		});
		text.addListener(SWT.DefaultSelection, e -> commitNumber(attribute, text));
		text.addListener(SWT.FocusOut, e -> commitNumber(attribute, text));
	}

	private void commitNumber(EAttribute attribute, Text text) {
		Object value;
		try {
			value = Numbers.parse(attribute, text.getText());
		} catch (IllegalArgumentException e) {
			showEntryProblem(e.getMessage() + ": not saved into the model; correct it or press Esc");
			return;
		}
		Object current = attribute.isUnsettable() && !study.eIsSet(attribute) ? null : study.eGet(attribute);
		if (value == null && !attribute.isUnsettable()) {
			value = 0.0;
		}
		if (java.util.Objects.equals(value, current)) {
			return;
		}
		execute(SetCommand.create(model.getDomain(), study, attribute, value == null ? SetCommand.UNSET_VALUE : value));
	}

	private void commitName() {
		if (!name.getText().equals(study.getName() == null ? "" : study.getName())) {
			execute(SetCommand.create(model.getDomain(), study, ELEMENT__NAME, name.getText()));
		}
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			model.getCommandStack().execute(command);
		}
	}

	private void showEntryProblem(String message) {
		if (!entryProblem.isDisposed()) {
			entryProblem.setText(message == null ? "" : message);
			entryProblem.getParent().layout(new Control[] { entryProblem });
		}
	}

	private void showResults(StudyPreview.Figures figures) {
		if (results == null || results.getControl().isDisposed()) {
			return;
		}
		shownResults = figures.results();
		var table = results.getTable();
		table.setRedraw(false);
		try {
			for (var column : table.getColumns()) {
				column.dispose();
			}
			TableViewerColumn first = new TableViewerColumn(results, SWT.NONE);
			first.getColumn().setText("Figure");
			first.getColumn().setWidth(250);
			first.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return ((ResultLine) element).figure();
				}
			});
			for (int i = 0; i < figures.results().size(); i++) {
				WisnResult result = figures.results().get(i);
				TableViewerColumn column = new TableViewerColumn(results, SWT.RIGHT);
				column.getColumn().setText(Labels.readable(figures.units().get(i)));
				column.getColumn().setWidth(115);
				column.setLabelProvider(new ColumnLabelProvider() {
					@Override
					public String getText(Object element) {
						return ((ResultLine) element).value().apply(result);
					}
				});
			}
			results.setInput(figures.results().isEmpty() ? List.of() : LINES);
			results.refresh();
		} finally {
			table.setRedraw(true);
		}
		problems.setText(figures.problems().isEmpty() ? "" : "Not computed: " + String.join("; ", figures.problems()) + ".");
		problems.getParent().layout(new Control[] { problems });
	}

	/** The results shown now: for tests. */
	public List<WisnResult> getResults() {
		return shownResults;
	}

	/** The problems shown now ("" for none): for tests. */
	public String getProblems() {
		return problems.getText();
	}

	/** The number field of {@code attribute}: for tests. */
	public Text getNumberField(EAttribute attribute) {
		return numbers.get(attribute);
	}

	/** The activities table: for tests. */
	public TableViewer getActivitiesTable() {
		return tables.get(0).getViewer();
	}

	public WisnStudy getStudy() {
		return study;
	}

	private void commandStackChanged(EventObject event) {
		if (name == null || name.isDisposed()) {
			return;
		}
		name.getDisplay().asyncExec(() -> {
			if (name.isDisposed()) {
				return;
			}
			if (study.eResource() == null) {
				// the study was deleted (in the model editor): nothing left to edit
				getSite().getPage().closeEditor(this, false);
				return;
			}
			preview.modelChanged();
			firePropertyChange(PROP_DIRTY);
			refresh();
		});
	}

	/** Shows the study as it is in the model now. */
	private void refresh() {
		setPartName(study.getName() == null || study.getName().isBlank() ? "WISN study" : study.getName());
		if (!name.isFocusControl()) {
			name.setText(study.getName() == null ? "" : study.getName());
		}
		IntdModel intd = model.getModel();
		roles = List.copyOf(intd.getRoles());
		role.setItems(roles.stream().map(Labels::readable).toArray(String[]::new));
		role.select(roles.indexOf(study.getRole()));
		units = unitChoices(intd);
		unit.setItems(units.stream().map(u -> (u instanceof Team ? "Team: " : "Area: ") + Labels.readable(u)).toArray(String[]::new));
		unit.select(units.indexOf(study.getUnit()));
		eachNeighbourhood.setSelection(study.isEachNeighbourhood());
		observedSickLeave.setSelection(study.isObservedSickLeave());
		numbers.forEach((attribute, text) -> {
			if (!text.isFocusControl()) {
				text.setData("refreshing", Boolean.TRUE);
				text.setText(attribute.isUnsettable() && !study.eIsSet(attribute) ? "" : Numbers.text(study.eGet(attribute)));
				text.setData("refreshing", null);
			}
		});
		tables.forEach(PartTable::refresh);
		showResults(preview.of(study));
	}

	private static List<Element> unitChoices(IntdModel model) {
		List<Element> found = new ArrayList<>();
		model.eAllContents().forEachRemaining(object -> {
			if (object instanceof Area area) {
				found.add(area);
			}
		});
		model.eAllContents().forEachRemaining(object -> {
			if (object instanceof Team team) {
				found.add(team);
			}
		});
		return found;
	}

	private List<PopulationCohort> cohorts() {
		List<PopulationCohort> found = new ArrayList<>();
		model.getModel().eAllContents().forEachRemaining(object -> {
			if (object instanceof PopulationCohort cohort) {
				found.add(cohort);
			}
		});
		return found;
	}

	private static ServiceActivity newActivity() {
		ServiceActivity activity = IntdFactory.eINSTANCE.createServiceActivity();
		activity.setId(ModelIds.newId());
		activity.setActivity("New activity");
		activity.setUnitMinutes(15);
		activity.setAnnualWorkload(0);
		return activity;
	}

	private static CategoryAllowance newCategoryAllowance() {
		CategoryAllowance allowance = IntdFactory.eINSTANCE.createCategoryAllowance();
		allowance.setId(ModelIds.newId());
		allowance.setActivity("New support activity");
		allowance.setPercent(0);
		return allowance;
	}

	private static IndividualAllowance newIndividualAllowance() {
		IndividualAllowance allowance = IntdFactory.eINSTANCE.createIndividualAllowance();
		allowance.setId(ModelIds.newId());
		allowance.setActivity("New additional activity");
		allowance.setHoursPerYear(0);
		allowance.setStaff(1);
		return allowance;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return model.getDomain();
	}

	@Override
	public boolean isDirty() {
		return model != null && model.isDirty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (ModelPartEditing.save(getSite().getShell(), model, monitor)) {
			firePropertyChange(PROP_DIRTY);
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSaveAs() {
		// a study is part of its model: Save As belongs to the model editor
	}

	@Override
	public void setFocus() {
		name.setFocus();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		T answer = ModelPartEditing.adapter(model, adapter);
		return answer != null ? answer : super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		if (model != null) {
			undo.setDomain(null);
			redo.setDomain(null);
			model.getCommandStack().removeCommandStackListener(stackListener);
			model.removeSaveListener(savedListener);
			ModelManager.INSTANCE.close(model);
		}
		super.dispose();
	}
}
