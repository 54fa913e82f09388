package org.intdesigner.analysis.ui.figures;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.intdesigner.analysis.api.FigureAnalysis;
import org.intdesigner.analysis.api.FigureTable;
import org.intdesigner.analysis.engine.FigureAnalysisRegistry;
import org.intdesigner.analysis.engine.ValidationReport;
import org.intdesigner.analysis.report.FigureTableText;
import org.intdesigner.ui.model.ActiveModelTracker;
import org.intdesigner.ui.model.OpenModel;

/**
 * The Figures view: the table of one installed figure analysis (the built-in spans and layers,
 * boundary crossings, FTE and skills coverage, and any a plug-in contributes) for the model of the
 * active editor, chosen from a list; kept current as the model changes, and copied as CSV for a
 * spreadsheet. The analyses come from {@link FigureAnalysisRegistry}, so a contributed one is listed
 * like the built-in ones.
 */
public class FiguresView extends ViewPart {

	public static final String ID = "org.intdesigner.analysis.ui.figuresView";

	private final List<FigureAnalysis> analyses = FigureAnalysisRegistry.getDefault().getAnalyses();
	/** The model changes are seen through its validation, which runs after every command. */
	private final Consumer<ValidationReport> modelChanged = report -> refreshSoon();
	private Combo choice;
	private Label description;
	private Table table;
	private OpenModel shown;
	private FigureTable figures;
	private ActiveModelTracker editorTracker;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		choice = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		analyses.forEach(analysis -> choice.add(analysis.title()));
		choice.addListener(SWT.Selection, e -> refresh());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(choice);
		description = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(description);
		table = new Table(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		if (!analyses.isEmpty()) {
			choice.select(0);
		}
		Action copy = new Action("Copy as CSV") {
			@Override
			public void run() {
				copyAsCsv();
			}
		};
		copy.setToolTipText("Copy the table as CSV, for a spreadsheet");
		copy.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
		getViewSite().getActionBars().getToolBarManager().add(copy);
		editorTracker = ActiveModelTracker.install(getSite().getPage(), this::show);
		refresh();
	}

	/** Shows the figures of the model the editor edits (none for other editors). */
	private void show(IEditorPart editor) {
		OpenModel model = ActiveModelTracker.modelOf(editor);
		if (model == shown || table == null || table.isDisposed()) {
			return;
		}
		if (shown != null) {
			shown.getValidation().removeListener(modelChanged);
		}
		shown = model;
		if (shown != null) {
			shown.getValidation().addListener(modelChanged);
		}
		refresh();
	}

	private void refreshSoon() {
		if (table != null && !table.isDisposed()) {
			table.getDisplay().asyncExec(this::refresh);
		}
	}

	/** Works the chosen analysis out again on the shown model and fills the table. */
	public void refresh() {
		if (table == null || table.isDisposed()) {
			return;
		}
		FigureAnalysis analysis = selected();
		description.setText(analysis == null ? "No figure analysis is installed." : analysis.description());
		figures = analysis == null || shown == null ? null : analysis.compute(shown.getModel());
		table.setRedraw(false);
		try {
			table.removeAll();
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			if (figures == null) {
				new TableColumn(table, SWT.LEFT).setText(shown == null ? "No model open" : "");
			} else {
				fill(figures);
			}
			for (TableColumn column : table.getColumns()) {
				column.pack();
			}
		} finally {
			table.setRedraw(true);
		}
		description.getParent().layout();
	}

	private void fill(FigureTable figures) {
		for (int i = 0; i < figures.columns().size(); i++) {
			boolean numbers = !figures.rows().isEmpty() && figures.rows().get(0).size() > i
					&& figures.rows().get(0).get(i) instanceof Number;
			new TableColumn(table, numbers ? SWT.RIGHT : SWT.LEFT).setText(figures.columns().get(i));
		}
		for (List<Object> row : figures.rows()) {
			TableItem item = new TableItem(table, SWT.NONE);
			for (int i = 0; i < row.size(); i++) {
				item.setText(i, FigureTableText.cell(row.get(i)));
			}
		}
	}

	private FigureAnalysis selected() {
		int index = choice.getSelectionIndex();
		return index < 0 || index >= analyses.size() ? null : analyses.get(index);
	}

	/** Chooses the analysis shown, by id (tests, and a link from elsewhere); false if none has that id. */
	public boolean showAnalysis(String id) {
		for (int i = 0; i < analyses.size(); i++) {
			if (analyses.get(i).id().equals(id)) {
				choice.select(i);
				refresh();
				return true;
			}
		}
		return false;
	}

	/** The titles of the analyses to choose from, in the registry's order. */
	public List<String> analysisTitles() {
		return List.of(choice.getItems());
	}

	/** The figures shown now, or null with no model or no analysis. */
	public FigureTable getFigures() {
		return figures;
	}

	Table getTable() {
		return table;
	}

	private void copyAsCsv() {
		if (figures == null) {
			return;
		}
		Clipboard clipboard = new Clipboard(table.getDisplay());
		try {
			clipboard.setContents(new Object[] { FigureTableText.csv(figures) }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	@Override
	public void setFocus() {
		choice.setFocus();
	}

	@Override
	public void dispose() {
		if (editorTracker != null) {
			editorTracker.uninstall();
		}
		if (shown != null) {
			shown.getValidation().removeListener(modelChanged);
		}
		super.dispose();
	}
}
