package org.intdesigner.development.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.intdesigner.development.SkillSufficiency;
import org.intdesigner.development.SkillsAnalysis;
import org.intdesigner.development.SkillsHeld;
import org.intdesigner.development.StaffMember;
import org.intdesigner.model.Element;
import org.intdesigner.model.Team;
import org.intdesigner.ui.actions.UndoRedoAction;
import org.intdesigner.ui.model.ModelManager;
import org.intdesigner.ui.model.ModelPartEditing;
import org.intdesigner.ui.model.OpenModel;
import org.intdesigner.workforce.ui.store.WorkforceStores;

/**
 * The skills matrix of a team (with its sub-teams), an area or the whole model: people in post (or posts as designed,
 * when the workforce store holds no assessments, as the header says) against the capabilities the scope's teams
 * require, with a summary of their sufficiency. Filters narrow it to people by name, to gaps, to the generalist
 * capabilities. Editing a requirement is a command on the model's own stack (undo, redo and the dirty marker are shared
 * with the model editor and the diagrams), and the matrix follows every change of the model and of the workforce store.
 */
public class SkillsMatrixEditor extends EditorPart implements IEditingDomainProvider {

	public static final String ID = DevelopmentUiIds.SKILLS_MATRIX_EDITOR;

	private OpenModel model;
	private String scopeId;
	private SkillsMatrix matrix;
	private Label header;
	private Text filter;
	private Button gapsOnly;
	private Button generalistOnly;
	private SkillsMatrixTable table;
	private Label summary;
	private final UndoRedoAction undo = UndoRedoAction.undo();
	private final UndoRedoAction redo = UndoRedoAction.redo();
	private final CommandStackListener stackListener = event -> modelChanged();
	private final Runnable savedListener = this::modelSaved;
	/** an import into the workforce store, or another store chosen: the people and what they hold change */
	private final Runnable storeListener = () -> {
		SkillRecordsSource.forget(); // before the refresh, whichever listener the store calls first
		if (table != null && !table.getControl().isDisposed()) {
			table.getControl().getDisplay().asyncExec(this::refresh);
		}
	};
	private boolean refreshPending;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof SkillsMatrixEditorInput skillsInput)) {
			throw new PartInitException("The skills matrix opens skills matrix inputs, not " + input.getName() + ".");
		}
		try {
			model = ModelManager.INSTANCE.open(skillsInput.getFile());
		} catch (IOException e) {
			throw new PartInitException("Could not open " + skillsInput.getFile() + ": " + e.getMessage(), e);
		}
		scopeId = skillsInput.getScopeId();
		if (scopeId != null && find(scopeId) == null) {
			ModelManager.INSTANCE.close(model);
			model = null;
			throw new PartInitException("The team or area this skills matrix showed is no longer in " + skillsInput.getFile()
					+ ". Open the matrix again with Show Skills on a team or an area.");
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	private Element find(String id) {
		for (var contents = model.getModel().eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Element element && id.equals(element.getId())) {
				return element;
			}
		}
		return null;
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(5, false));
		header = new Label(area, SWT.WRAP);
		header.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		GridDataFactory.fillDefaults().grab(true, false).span(5, 1).applyTo(header);

		filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter people");
		GridDataFactory.swtDefaults().hint(220, SWT.DEFAULT).applyTo(filter);
		filter.addListener(SWT.Modify, e -> showFiltered());
		gapsOnly = check(area, "Gaps only", "Only the capabilities with an unmet requirement, and the people below it");
		generalistOnly = check(area, "Generalist capabilities only",
				"Only the generalist capabilities: working across boundaries, population-health data, quality improvement, ...");
		Button edit = new Button(area, SWT.PUSH);
		edit.setText("Edit Requirement...");
		edit.setToolTipText("Edit the requirement of the column last clicked (or double-click a cell)");
		edit.addListener(SWT.Selection, e -> editRequirement(table.current()));
		new Label(area, SWT.NONE);

		table = new SkillsMatrixTable(area, this::editRequirement);
		GridDataFactory.fillDefaults().grab(true, true).span(5, 1).applyTo(table.getBody());
		summary = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(5, 1).applyTo(summary);
		Label key = new Label(area, SWT.WRAP);
		key.setText("Cells: the level held, 0 none to 4 expert (darker is higher). Dark corner: counts towards their team's"
				+ " requirement. Red frame: below a requirement of their team that is unmet (a gap). Amber bar: training lapsing"
				+ " within " + SkillSufficiency.DEFAULT_EXPIRING_DAYS + " days or lapsed. Pink name: a gap of theirs."
				+ " [G]: a generalist capability. Click a header to sort by it, double-click a cell to edit its requirement.");
		GridDataFactory.fillDefaults().grab(true, false).span(5, 1).hint(600, SWT.DEFAULT).applyTo(key);

		undo.setDomain(model.getDomain());
		redo.setDomain(model.getDomain());
		var bars = getEditorSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.updateActionBars();
		model.getCommandStack().addCommandStackListener(stackListener);
		model.addSaveListener(savedListener);
		WorkforceStores.get().addListener(storeListener);
		refresh();
	}

	private Button check(Composite parent, String text, String tip) {
		Button button = new Button(parent, SWT.CHECK);
		button.setText(text);
		button.setToolTipText(tip);
		button.addListener(SWT.Selection, e -> showFiltered());
		return button;
	}

	/** Works the matrix out again from the model as it is now and the store's snapshot. */
	public void refresh() {
		refreshPending = false;
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		EObject element = scopeId == null ? model.getModel() : find(scopeId);
		if (element == null) {
			header.setText("The team or area of this matrix is no longer in the model (undo brings it back).");
			return;
		}
		SkillRecordsSource.Snapshot snapshot = SkillRecordsSource.get();
		LocalDate day = SkillsAnalysis.defaultDay(snapshot.records());
		matrix = SkillsMatrix.of(SkillsScope.of(element), SkillsAnalysis.sufficiency(model.getModel(), snapshot.records(), day,
				SkillSufficiency.DEFAULT_EXPIRING_DAYS));
		boolean assessed = matrix.basis() == SkillsHeld.Basis.ASSESSED;
		header.setText("Skills of " + matrix.scope().name() + ": " + matrix.people().size() + " "
				+ (assessed ? "assessed people in post" : "filled posts as designed: no skills assessments are loaded")
				+ " on " + day + ", against the " + matrix.columns().size() + " capabilities its teams require"
				+ (snapshot.problem() == null ? "" : ". " + snapshot.problem()));
		showFiltered();
		header.getParent().layout(true);
	}

	/** Applies the filters to the matrix worked out last. */
	private void showFiltered() {
		if (matrix == null) {
			return;
		}
		boolean gaps = gapsOnly.getSelection();
		List<MatrixColumn> columns = matrix.columns().stream().filter(c -> !generalistOnly.getSelection() || c.generalist())
				.filter(c -> !gaps || c.gap()).toList();
		String text = filter.getText().trim().toLowerCase(Locale.ROOT);
		List<StaffMember> rows = matrix.people().stream()
				.filter(m -> text.isEmpty() || m.label().toLowerCase(Locale.ROOT).contains(text))
				.filter(m -> !gaps || matrix.hasGap(m, columns)).toList();
		table.show(matrix, columns, rows);
		summary.setText(matrix.summary() + ".  Showing " + rows.size() + " of " + matrix.people().size() + " and "
				+ columns.size() + " of " + matrix.columns().size() + " capabilities.");
		summary.getParent().layout(true);
	}

	private void modelChanged() {
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		table.getControl().getDisplay().asyncExec(() -> firePropertyChange(PROP_DIRTY));
		if (!refreshPending) {
			refreshPending = true;
			table.getControl().getDisplay().asyncExec(this::refresh);
		}
	}

	/** Asks for the column's requirement of a team of the scope and sets it. */
	void editRequirement(MatrixColumn column) {
		if (column == null) {
			MessageDialog.openInformation(getSite().getShell(), RequirementDialog.TITLE,
					"Click a cell of the capability first (or double-click it).");
			return;
		}
		List<Team> teams = matrix.scope().teams();
		if (teams.isEmpty()) {
			return;
		}
		Team preferred = matrix.scope().element() instanceof Team team ? team
				: column.checks().isEmpty() ? teams.get(0) : column.checks().get(0).requirement().team();
		RequirementDialog dialog = new RequirementDialog(getSite().getShell(), column, teams, preferred);
		if (dialog.open() == Window.OK) {
			setRequirement(dialog.team(), column, dialog.level(), dialog.people());
		}
	}

	/** Sets the team's own requirement of the column's capability, as one undoable command; false when nothing changed. */
	public boolean setRequirement(Team team, MatrixColumn column, int level, int people) {
		Command command = RequirementEdit.command(model.getDomain(), team, column.capability(), level, people);
		if (command == null) {
			return false;
		}
		model.getCommandStack().execute(command);
		return true;
	}

	/** The matrix as last worked out. */
	public SkillsMatrix getMatrix() {
		return matrix;
	}

	/** The rows and columns shown, after the filters and the sort. */
	public List<StaffMember> shownRows() {
		return table.rows();
	}

	public List<MatrixColumn> shownColumns() {
		return table.columns();
	}

	/** The text of a cell as shown: row as sorted, column 0 the names, then the capabilities shown. */
	public String cellText(int row, int column) {
		return table.text(row, column);
	}

	/** Sorts as a click on the header does (-1 for the names). */
	public void sortBy(int column) {
		table.sortBy(column);
	}

	public String headerText() {
		return header.getText();
	}

	public String summaryText() {
		return summary.getText();
	}

	/** The table widget (for benchmarks and screenshots). */
	public org.eclipse.swt.widgets.Table tableControl() {
		return table.getControl();
	}

	Text getFilter() {
		return filter;
	}

	Button getGapsOnly() {
		return gapsOnly;
	}

	Button getGeneralistOnly() {
		return generalistOnly;
	}

	SkillsMatrixTable getTable() {
		return table;
	}

	public OpenModel getModel() {
		return model;
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
		return true;
	}

	/** A matrix is a view of its model: Save As saves the model under a new name (and the matrix follows it). */
	@Override
	public void doSaveAs() {
		ModelPartEditing.saveAs(getSite().getShell(), model);
	}

	private void modelSaved() {
		SkillsMatrixEditorInput current = (SkillsMatrixEditorInput) getEditorInput();
		Path file = model.getFile().toAbsolutePath().normalize();
		if (current != null && !file.equals(current.getFile())) {
			Element element = scopeId == null ? null : find(scopeId);
			SkillsMatrixEditorInput moved = new SkillsMatrixEditorInput(file, scopeId, element == null ? null : element.getName());
			setInputWithNotify(moved);
			setPartName(moved.getName());
			setTitleToolTip(moved.getToolTipText());
		}
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
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
			WorkforceStores.get().removeListener(storeListener);
			ModelManager.INSTANCE.close(model);
		}
		super.dispose();
	}
}
