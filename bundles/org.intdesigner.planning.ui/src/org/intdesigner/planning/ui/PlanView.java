package org.intdesigner.planning.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.ViewPart;
import org.intdesigner.model.Element;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.WisnStudy;
import org.intdesigner.planning.Plan;
import org.intdesigner.planning.PlanTable;
import org.intdesigner.planning.Units;
import org.intdesigner.planning.WorkforcePlan;
import org.intdesigner.planning.ui.study.WisnStudyEditor;
import org.intdesigner.ui.model.ActiveModelTracker;
import org.intdesigner.ui.model.OpenModel;

/**
 * The workforce plan of the model of the active editor: need, supply and gap per role and unit for a year (gaps
 * ranked by the priority of the needs behind them, shortages first), the chart of the selected row over the years
 * with the supply's P10-P90 band, and the heat map of WISN ratios of roles by neighbourhood. Computed again in the
 * background after every change to the model; a unit chosen by "Plan Workforce" narrows the rows to it and what lies
 * within it. Double-click a row to edit its WISN study.
 */
public final class PlanView extends ViewPart {

	public static final String ID = PlanningIds.PLAN_VIEW;

	private OpenModel shown;
	private PlanJob job;
	private PlanJob.Result result;
	/** The plan's table, every year: made once per plan, filtered by year and unit as they are chosen. */
	private List<PlanTable.Row> allRows = List.of();
	private String unitId;
	private String unitName;

	private Label summary;
	private Spinner year;
	private TableViewer table;
	private GapChart chart;
	private GapHeatMap heatMap;
	private ScrolledComposite heatMapScroll;
	private Label notes;

	private final CommandStackListener modelChanged = event -> planSoon();
	private ActiveModelTracker editorTracker;


	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(4, false));
		summary = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		new Label(parent, SWT.NONE).setText("Year:");
		year = new Spinner(parent, SWT.BORDER);
		year.setValues(0, 0, 15, 0, 1, 5);
		year.setToolTipText("The year the table shows: 0 is now");
		year.addListener(SWT.Selection, e -> refresh());
		Label spacer = new Label(parent, SWT.NONE);
		GridDataFactory.swtDefaults().hint(4, SWT.DEFAULT).applyTo(spacer);

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(sash);
		table = new TableViewer(sash, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column("Role", 170, row -> PlanLabels.name(row.role()));
		column("Unit", 140, row -> PlanLabels.name(row.unit()));
		column("Need", 60, row -> PlanLabels.staff(row.need()));
		column("Supply", 60, row -> PlanLabels.staff(row.supply()));
		column("P10-P90", 90, row -> Double.isNaN(row.supplyP10()) ? "-"
				: PlanLabels.staff(row.supplyP10()) + "-" + PlanLabels.staff(row.supplyP90()));
		column("Gap", 60, row -> Double.isNaN(row.gap()) ? "-" : (row.gap() > 0 ? "+" : "") + PlanLabels.staff(row.gap()));
		column("Priority", 55, row -> row.priority() == Integer.MAX_VALUE ? "" : Integer.toString(row.priority()));
		table.addSelectionChangedListener(e -> showChart());
		table.addDoubleClickListener(e -> openStudy());

		SashForm right = new SashForm(sash, SWT.VERTICAL);
		chart = new GapChart(right);
		heatMapScroll = new ScrolledComposite(right, SWT.H_SCROLL | SWT.V_SCROLL);
		heatMap = new GapHeatMap(heatMapScroll);
		heatMapScroll.setContent(heatMap.getControl());
		right.setWeights(60, 40);
		sash.setWeights(50, 50);

		notes = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(notes);

		job = new PlanJob(parent.getDisplay(), this::planned);
		Action refresh = new Action("Compute Again") {
			@Override
			public void run() {
				planSoon();
			}
		};
		refresh.setToolTipText("Compute the plan again (after new workforce data, for instance)");
		getViewSite().getActionBars().getToolBarManager().add(refresh);
		Action all = new Action("All Units") {
			@Override
			public void run() {
				showUnit(null);
			}
		};
		all.setToolTipText("Show every unit of the plan again");
		getViewSite().getActionBars().getToolBarManager().add(all);
		getSite().setSelectionProvider(table);
		editorTracker = ActiveModelTracker.install(getSite().getPage(), this::show);
	}

	private void column(String title, int width, java.util.function.Function<PlanTable.Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((PlanTable.Row) element);
			}
		});
	}

	/** Narrows the plan to {@code unit} and what lies within it (null: every unit). */
	public void showUnit(Element unit) {
		unitId = unit == null ? null : unit.getId();
		unitName = unit == null ? null : PlanLabels.name(unit);
		refresh();
	}

	/** Plans the model of {@code editor} (nothing for other editors, or none). */
	private void show(IEditorPart editor) {
		OpenModel model = ActiveModelTracker.modelOf(editor);
		if (model == null && editor != null) {
			return; // an editor of something else: keep the plan shown
		}
		if (model == shown || table == null || table.getControl().isDisposed()) {
			return;
		}
		if (shown != null) {
			shown.getCommandStack().removeCommandStackListener(modelChanged);
		}
		shown = model;
		result = null;
		allRows = List.of();
		if (shown != null) {
			shown.getCommandStack().addCommandStackListener(modelChanged);
		}
		planSoon();
		refresh();
	}

	/** The model planned now, or null. */
	public OpenModel getModel() {
		return shown;
	}

	private void planSoon() {
		if (shown != null && job != null) {
			job.plan(shown.getModel());
		}
	}

	private void planned(PlanJob.Result planned) {
		if (table.getControl().isDisposed() || shown == null) {
			return;
		}
		result = planned;
		allRows = PlanTable.of(planned.plan());
		refresh();
	}

	/** The plan shown now (null until the first is made): for tests. */
	public Plan getPlan() {
		return result == null ? null : result.plan();
	}

	/** The rows the table shows now: for tests. */
	@SuppressWarnings("unchecked")
	public List<PlanTable.Row> getRows() {
		Object input = table.getInput();
		return input instanceof List<?> list ? (List<PlanTable.Row>) list : List.of();
	}

	public GapChart getChart() {
		return chart;
	}

	public GapHeatMap getHeatMap() {
		return heatMap;
	}

	private void refresh() {
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		if (shown == null) {
			summary.setText("Open a model (or click into its editor) to see its workforce plan.");
			table.setInput(List.of());
			heatMap.show(List.of());
			notes.setText("");
			return;
		}
		if (result == null) {
			summary.setText("Computing the workforce plan of " + shown.getFile().getFileName() + "...");
			return;
		}
		Plan plan = result.plan();
		int shownYear = year.getSelection();
		Element unit = unitId == null ? null : find(result.copy(), unitId);
		List<PlanTable.Row> rows = new ArrayList<>(allRows.stream()
				.filter(row -> row.year() == shownYear && (unit == null || Units.within(row.unit(), unit)
						|| Units.within(unit, row.unit()))).toList());
		// each row's place in the ranking, looked up once rather than searched for in every comparison
		Map<List<Element>, Integer> rank = new HashMap<>();
		List<Plan.GapRow> ranked = WorkforcePlan.ranked(plan, shownYear);
		for (int i = 0; i < ranked.size(); i++) {
			rank.putIfAbsent(List.of(ranked.get(i).role(), ranked.get(i).unit()), i);
		}
		rows.sort(Comparator.comparingInt((PlanTable.Row row) -> rank.getOrDefault(List.of(row.role(), row.unit()), ranked.size())));
		Object selected = table.getStructuredSelection().getFirstElement();
		table.setInput(rows);
		summary.setText(shown.getFile().getFileName() + ": " + (shownYear == 0 ? "now" : "in " + shownYear + " years")
				+ (unitName == null ? "" : ", for " + unitName + " (the units in it and the areas around it)")
				+ ". Gap = need - supply; positive is a shortage. Double-click a row to edit its WISN study.");
		heatMap.show(plan.need().stream().filter(row -> unit == null || Units.within(row.unit(), unit)
				|| Units.within(unit, row.unit())).toList());
		var size = heatMap.preferredSize();
		heatMap.getControl().setSize(size);
		List<String> lines = new ArrayList<>();
		plan.problems().forEach(problem -> lines.add("Not computed: " + PlanLabels.name((Element) problem.element()) + ": "
				+ problem.message()));
		lines.addAll(plan.notes());
		if (result.storeProblem() != null) {
			lines.add(result.storeProblem());
		}
		if (lines.isEmpty()) {
			lines.add("Supply figures not given in the model come from " + plan.storeSource() + ".");
		}
		notes.setText(String.join("\n", lines));
		notes.getParent().layout(true, true);
		PlanTable.Row again = selected instanceof PlanTable.Row old ? rows.stream().filter(row -> same(row, old)).findFirst()
				.orElse(null) : null;
		table.setSelection(again != null ? new StructuredSelection(again)
				: rows.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(rows.get(0)), true);
		showChart();
	}

	private static boolean same(PlanTable.Row a, PlanTable.Row b) {
		return Objects.equals(a.role().getId(), b.role().getId()) && Objects.equals(a.unit().getId(), b.unit().getId());
	}

	private void showChart() {
		Object first = table.getStructuredSelection().getFirstElement();
		if (!(first instanceof PlanTable.Row selected) || result == null) {
			return;
		}
		List<PlanTable.Row> years = allRows.stream()
				.filter(row -> row.role() == selected.role() && row.unit() == selected.unit())
				.sorted(Comparator.comparingInt(PlanTable.Row::year)).toList();
		chart.show(PlanLabels.name(selected.role()) + " in " + PlanLabels.name(selected.unit()), years);
	}

	/** Opens the WISN study behind the selected row: the first study of its role whose units lie within its unit. */
	private void openStudy() {
		Object first = ((IStructuredSelection) table.getSelection()).getFirstElement();
		if (!(first instanceof PlanTable.Row row) || shown == null) {
			return;
		}
		for (WisnStudy study : shown.getModel().getWisnStudies()) {
			if (study.getRole() != null && Objects.equals(study.getRole().getId(), row.role().getId()) && study.getUnit() != null
					&& (Objects.equals(study.getUnit().getId(), row.unit().getId())
							|| Units.within(find(result.copy(), study.getUnit().getId()), row.unit())
							|| Units.within(row.unit(), find(result.copy(), study.getUnit().getId())))) {
				WisnStudyEditor.open(getSite().getPage(), shown.getFile(), study);
				return;
			}
		}
	}

	private static Element find(IntdModel model, String id) {
		if (id == null) {
			return null;
		}
		for (var contents = model.eAllContents(); contents.hasNext();) {
			EObject next = contents.next();
			if (next instanceof Element element && id.equals(element.getId())) {
				return element;
			}
		}
		return null;
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (editorTracker != null) {
			editorTracker.uninstall();
		}
		if (shown != null) {
			shown.getCommandStack().removeCommandStackListener(modelChanged);
		}
		if (job != null) {
			job.cancel();
		}
		super.dispose();
	}
}
