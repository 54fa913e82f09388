package org.intdesigner.ui.raci;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EventObject;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.engine.LatestFindings;
import org.intdesigner.analysis.engine.ValidationReport;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Party;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Team;
import org.intdesigner.model.csv.raci.RaciCellChange;
import org.intdesigner.model.csv.raci.RaciMatrix;
import org.intdesigner.model.csv.raci.RaciNames;
import org.intdesigner.ui.actions.UndoRedoAction;
import org.intdesigner.ui.model.ModelManager;
import org.intdesigner.ui.model.ModelPartEditing;
import org.intdesigner.ui.model.OpenModel;

/**
 * The RACI matrix of a model or of one team: accountability items as rows, parties as columns,
 * edited cell by cell from the keyboard. Every edit is a command on the model's own stack (undo,
 * redo and the dirty marker are shared with the model editor and the diagrams); rows with
 * validation findings are filled light red and follow re-validation after each edit.
 */
public class RaciMatrixEditor extends EditorPart implements IEditingDomainProvider {

	public static final String ID = "org.intdesigner.ui.raciMatrixEditor";

	private OpenModel model;
	private Team team;
	private RaciTable table;
	private RaciToolBar toolBar;
	private Label summary;
	private RaciFiles files;
	private final RaciColumns columns = new RaciColumns();
	private final UndoRedoAction undo = UndoRedoAction.undo();
	private final UndoRedoAction redo = UndoRedoAction.redo();
	private final CommandStackListener stackListener = this::commandStackChanged;
	private final Consumer<ValidationReport> validationListener = report -> refreshSoon();
	private final Runnable savedListener = this::modelSaved;
	private boolean refreshPending;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof RaciMatrixEditorInput raciInput)) {
			throw new PartInitException("The RACI matrix editor opens RACI matrix inputs, not " + input.getName() + ".");
		}
		try {
			model = ModelManager.INSTANCE.open(raciInput.getFile());
		} catch (IOException e) {
			throw new PartInitException("Could not open " + raciInput.getFile() + ": " + e.getMessage(), e);
		}
		if (raciInput.getTeamId() != null) {
			team = findTeam(model.getModel(), raciInput.getTeamId());
			if (team == null) {
				ModelManager.INSTANCE.close(model);
				model = null;
				throw new PartInitException("The team this RACI matrix showed is no longer in " + raciInput.getFile()
						+ ". Open the matrix again from the team or from the model.");
			}
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	private static Team findTeam(IntdModel model, String id) {
		for (var contents = model.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Team candidate && id.equals(candidate.getId())) {
				return candidate;
			}
		}
		return null;
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		area.setLayout(layout);
		files = new RaciFiles(parent.getShell(), model);
		toolBar = new RaciToolBar(area, this);
		summary = new Label(area, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		table = new RaciTable(area, this::findingsOf);
		RaciCellKeys.install(table, new RaciCellKeys.Cells() {
			@Override
			public void toggle(RaciCode code) {
				toggleCode(code);
			}

			@Override
			public void clear() {
				setCodes(Set.of());
			}

			@Override
			public void pick() {
				openPicker();
			}
		});
		getSite().setSelectionProvider(table.getSelection());
		undo.setDomain(model.getDomain());
		redo.setDomain(model.getDomain());
		var bars = getEditorSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.updateActionBars();
		model.getCommandStack().addCommandStackListener(stackListener);
		model.getValidation().addListener(validationListener);
		model.addSaveListener(savedListener);
		refresh();
	}

	/** Rebuilds the rows and columns from the model (cheap: cells are read from the model as they are drawn). */
	public void refresh() {
		refreshPending = false;
		if (table == null || table.getViewer().getControl().isDisposed()) {
			return;
		}
		RaciMatrix matrix = currentMatrix();
		List<Party> shown = columns.update(matrix.columns(), model.getModel());
		table.show(matrix.rows(), shown);
		long violating = matrix.rows().stream().filter(item -> !findingsOf(item).isEmpty()).count();
		summary.setText(" " + matrix.rows().size() + " accountability item(s), " + shown.size() + " part"
				+ (shown.size() == 1 ? "y" : "ies") + "; " + violating + " row(s) with findings, filled red."
				+ "  Keys: R A S C I toggle a code, Enter picks, Delete clears, arrows move.");
		toolBar.update();
	}

	private void refreshSoon() {
		if (refreshPending || table == null) {
			return;
		}
		refreshPending = true;
		table.getViewer().getControl().getDisplay().asyncExec(this::refresh);
	}

	private void commandStackChanged(EventObject event) {
		if (table != null && !table.getViewer().getControl().isDisposed()) {
			table.getViewer().getControl().getDisplay().asyncExec(() -> firePropertyChange(PROP_DIRTY));
		}
		refreshSoon();
	}

	/** The matrix of the editor's scope as the model is now: every item, or the team's. */
	public RaciMatrix currentMatrix() {
		Predicate<AccountabilityItem> inScope = team == null ? item -> true : item -> item.getTeam() == team;
		return RaciMatrix.of(model.getModel(), inScope);
	}

	/** The messages of the active findings on {@code item}, as the last validation left them. */
	List<String> findingsOf(AccountabilityItem item) {
		return LatestFindings.of(item).stream().map(Finding::message).toList();
	}

	/** Toggles {@code code} in the cell under the cursor. */
	public void toggleCode(RaciCode code) {
		AccountabilityItem item = table.cursorItem();
		Party party = table.cursorParty();
		if (item == null || party == null) {
			return;
		}
		Set<RaciCode> codes = new java.util.HashSet<>(RaciMatrix.codes(item, party));
		if (!codes.remove(code)) {
			codes.add(code);
		}
		setCodes(codes);
	}

	/** Makes the cell under the cursor hold exactly {@code codes}, as one undoable command. */
	public void setCodes(Set<RaciCode> codes) {
		AccountabilityItem item = table.cursorItem();
		Party party = table.cursorParty();
		if (item == null || party == null) {
			return;
		}
		Command command = RaciCellChange.command(model.getDomain(), item, party, codes);
		if (command != null) {
			model.getCommandStack().execute(command);
		}
	}

	private void openPicker() {
		AccountabilityItem item = table.cursorItem();
		Party party = table.cursorParty();
		if (item == null || party == null) {
			return;
		}
		RaciCodePicker picker = new RaciCodePicker(getSite().getShell(),
				RaciNames.of(party) + " on \u201c" + RaciNames.of(item) + "\u201d", table.cursorBoundsOnDisplay(),
				RaciMatrix.codes(item, party));
		if (picker.open() == Window.OK) {
			setCodes(picker.getCodes());
		}
		table.getCursor().setFocus();
	}

	/** Puts the cell cursor on {@code item} and {@code party} (the item's name when null); false when not shown. */
	public boolean select(AccountabilityItem item, Party party) {
		return table.moveCursor(item, party);
	}

	/** Shows a column for {@code party} even before it holds a code, and moves the cursor there. */
	public void addColumn(Party party) {
		columns.add(party);
		refresh();
		AccountabilityItem item = table.cursorItem();
		if (item != null) {
			table.moveCursor(item, party);
		}
	}

	void setViolationsOnly(boolean only) {
		table.setViolationsOnly(only);
	}

	void addPartyColumn() {
		Party party = RaciPartyChooser.choose(getSite().getShell(), model.getModel(), columns::contains);
		if (party != null) {
			addColumn(party);
		}
	}

	void newItem() {
		AccountabilityItem item = RaciNewItem.create(getSite().getShell(), model, team);
		if (item != null) {
			refresh();
			table.moveCursor(item, null);
		}
	}

	void importCsv() {
		files.importCsv();
	}

	void exportCsv() {
		files.exportCsv(currentMatrix(), fileStem());
	}

	void exportExcel() {
		files.exportExcel(currentMatrix(), this::findingsOf, fileStem());
	}

	private String fileStem() {
		String stem = model.getFile().getFileName().toString().replaceFirst("\\.intd$", "");
		return stem + "-raci" + (team == null ? "" : "-" + RaciNames.of(team).replaceAll("[^A-Za-z0-9]+", "-").toLowerCase());
	}

	RaciFiles getFiles() {
		return files;
	}

	public OpenModel getModel() {
		return model;
	}

	/** The team whose items are shown, or null for the whole model. */
	public Team getTeam() {
		return team;
	}

	RaciTable getTable() {
		return table;
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

	/** A matrix is a view of its model, not a file: Save As saves the model under a new name (and the matrix follows it). */
	@Override
	public void doSaveAs() {
		ModelPartEditing.saveAs(getSite().getShell(), model);
	}

	/** Save As without the dialog. */
	public boolean saveAs(Path target) {
		return ModelPartEditing.saveAs(getSite().getShell(), model, target);
	}

	/** After any save of the model: the dirty marker, and after a Save As (here or elsewhere) the model's new file. */
	private void modelSaved() {
		RaciMatrixEditorInput current = (RaciMatrixEditorInput) getEditorInput();
		if (current != null && !model.getFile().toAbsolutePath().normalize().equals(current.getFile())) {
			RaciMatrixEditorInput moved = new RaciMatrixEditorInput(model.getFile(), current.getTeamId(),
					team == null ? null : team.getName());
			setInputWithNotify(moved);
			setPartName(moved.getName());
			setTitleToolTip(moved.getToolTipText());
		}
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void setFocus() {
		table.getCursor().setFocus();
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
			model.getValidation().removeListener(validationListener);
			model.removeSaveListener(savedListener);
			ModelManager.INSTANCE.close(model);
		}
		super.dispose();
	}
}
