package org.intdesigner.workforce.ui;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.ViewPart;
import org.intdesigner.model.IntdModel;
import org.intdesigner.ui.files.FileDialogs;
import org.intdesigner.ui.model.ActiveModelTracker;
import org.intdesigner.ui.model.OpenModel;
import org.intdesigner.workforce.imports.ImportHistory;
import org.intdesigner.workforce.metrics.CodeNames;
import org.intdesigner.workforce.metrics.Cut;
import org.intdesigner.workforce.metrics.DashboardFigures;
import org.intdesigner.workforce.metrics.LatestDataMonth;
import org.intdesigner.workforce.metrics.Measure;
import org.intdesigner.workforce.metrics.Metric;
import org.intdesigner.workforce.metrics.MetricCatalogue;
import org.intdesigner.workforce.metrics.MetricFormula;
import org.intdesigner.workforce.metrics.Period;
import org.intdesigner.workforce.metrics.StaffScope;
import org.intdesigner.workforce.metrics.SmallNumberSuppression;
import org.intdesigner.workforce.metrics.TeamNeighbourhoods;
import org.intdesigner.workforce.store.WorkforceStore;
import org.intdesigner.workforce.ui.store.WorkforceStores;

/**
 * The Workforce perspective's dashboard over the workforce store: a tile per metric with its RAG
 * status for the twelve months chosen, the chosen metric's trend by organisation and month, its
 * breakdown by organisation, sector, role or team, and when each partner's data last came in.
 * Skill sufficiency is worked out against the model of the active editor.
 * Figures are computed in a background job; small counts are suppressed as everywhere else.
 */
public class WorkforceDashboard extends ViewPart {

	public static final String ID = "org.intdesigner.workforce.ui.dashboard";
	/** The breakdowns offered, in the order of the choice. */
	private static final List<Cut> BREAKDOWNS = List.of(Cut.ORGANISATION, Cut.SECTOR, Cut.ROLE, Cut.TEAM);

	/** A store given by {@link #useStore}; null: the workbench's shared one. */
	private WorkforceStore store;
	private Label message;
	private Combo toMonth;
	/** False until the user picks a month: till then the figures end with the data's latest month. */
	private boolean monthChosen;
	/** Counts the refreshes asked for: only the newest one's figures are shown, whichever job ends last. */
	private int refreshes;
	private Combo metricChoice;
	/** The metric list's entries: the built-ins, then those plug-ins contribute. */
	private final List<MetricFormula> metrics = MetricCatalogue.all();
	private Combo cutChoice;
	private TileRow tiles;
	private TrendChart trend;
	private TableViewer breakdown;
	private TableViewer freshness;
	private DashboardFigures shown;
	/** When each partner's data last came in, as shown with {@link #shown}. */
	private List<ImportHistory.Freshness> shownFreshness = List.of();
	/** The team drilled into (its code and name), or null for the whole place. */
	private String teamCode;
	private String teamName;
	private Composite teamBar;
	private Label teamLabel;
	/** The INT model of the active editor (null: none open), for the figures that need one; read by the job. */
	private volatile IntdModel model;
	/** Below this height the view scrolls: the tiles, a readable chart and the partners' table. */
	private static final int MINIMUM_HEIGHT = 660;
	private ActiveModelTracker modelTracker;
	private OpenModel followed;
	/** Refreshes when data is imported or the store changes (called on any thread). */
	private final Runnable storeListener = () -> {
		if (message != null && !message.isDisposed()) {
			message.getDisplay().asyncExec(() -> {
				if (!message.isDisposed()) {
					refresh();
				}
			});
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		// two rows of tiles above the chart: in a short view the dashboard scrolls rather than squash the chart flat
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.setMinHeight(MINIMUM_HEIGHT);
		Composite content = new Composite(scroll, SWT.NONE);
		scroll.setContent(content);
		content.setLayout(new GridLayout(1, false));
		// the choices wrap onto a second row in a narrow view rather than squeezing the rest
		Composite bar = new Composite(content, SWT.NONE);
		org.eclipse.swt.layout.RowLayout rows = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
		rows.center = true;
		rows.wrap = true;
		rows.spacing = 6;
		bar.setLayout(rows);
		GridData barData = new GridData(SWT.FILL, SWT.TOP, true, false);
		barData.widthHint = 200; // wrap to the view's width instead of asking for one long row
		bar.setLayoutData(barData);
		new Label(bar, SWT.NONE).setText("Twelve months to");
		toMonth = new Combo(bar, SWT.READ_ONLY);
		YearMonth last = YearMonth.now().minusMonths(1);
		for (int i = 0; i < 36; i++) {
			toMonth.add(last.minusMonths(i).toString());
		}
		toMonth.select(0);
		new Label(bar, SWT.NONE).setText("Metric");
		metricChoice = new Combo(bar, SWT.READ_ONLY);
		for (MetricFormula metric : metrics) {
			metricChoice.add(metric.label());
		}
		metricChoice.select(0);
		new Label(bar, SWT.NONE).setText("Broken down by");
		cutChoice = new Combo(bar, SWT.READ_ONLY);
		for (Cut cut : BREAKDOWNS) {
			cutChoice.add(cut.label());
		}
		cutChoice.select(0);
		Button refresh = new Button(bar, SWT.PUSH);
		refresh.setText("Refresh");
		Button export = new Button(bar, SWT.PUSH);
		export.setText("Export Chart...");
		Button importData = new Button(bar, SWT.PUSH);
		importData.setText("Import...");
		importData.setToolTipText("Import a partner's workforce file into the workforce store");
		importData.addListener(SWT.Selection, e -> {
			org.intdesigner.workforce.ui.imports.ImportWorkforceWizard wizard = new org.intdesigner.workforce.ui.imports.ImportWorkforceWizard();
			wizard.init(getSite().getWorkbenchWindow().getWorkbench(), null);
			new org.eclipse.jface.wizard.WizardDialog(getSite().getShell(), wizard).open();
		});
		message = new Label(content, SWT.WRAP);
		GridData messageData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		messageData.widthHint = 200;
		message.setLayoutData(messageData);

		createTeamBar(content);

		tiles = new TileRow(content);
		// chart and breakdown above, the partners' data below, sharing what height the view has
		SashForm body = new SashForm(content, SWT.VERTICAL);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		SashForm middle = new SashForm(body, SWT.HORIZONTAL);
		trend = new TrendChart(middle);
		breakdown = DashboardTables.table(middle);
		breakdown.getTable().addListener(SWT.Resize, e -> DashboardTables.fitNames(breakdown));
		middle.setWeights(65, 35);
		freshness = DashboardTables.table(body);
		body.setWeights(75, 25);

		Runnable recompute = this::refresh;
		toMonth.addListener(SWT.Selection, e -> {
			monthChosen = true;
			recompute.run();
		});
		metricChoice.addListener(SWT.Selection, e -> recompute.run());
		cutChoice.addListener(SWT.Selection, e -> recompute.run());
		refresh.addListener(SWT.Selection, e -> recompute.run());
		export.addListener(SWT.Selection, e -> exportChart());
		WorkforceStores.get().addListener(storeListener);
		refresh();
		modelTracker = ActiveModelTracker.install(getSite().getPage(), this::followModel);
	}

	/**
	 * Skill sufficiency reads the requirements of the model being worked on: the active editor's, else the one open
	 * in an editor (the dashboard itself, the overview and the RACI views are not model editors).
	 */
	private void followModel(IEditorPart editor) {
		OpenModel open = ActiveModelTracker.modelToFollow(getSite().getPage(), editor, followed);
		followed = open;
		IntdModel active = open == null ? null : open.getModel();
		if (active != model) {
			model = active;
			refresh();
		}
	}

	/** "Figures for team X only", with the way back to the whole place; hidden until a team is chosen. */
	private void createTeamBar(Composite parent) {
		teamBar = new Composite(parent, SWT.NONE);
		teamBar.setLayout(new GridLayout(2, false));
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.exclude = true;
		teamBar.setLayoutData(data);
		teamBar.setVisible(false);
		teamLabel = new Label(teamBar, SWT.NONE);
		teamLabel.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		Button whole = new Button(teamBar, SWT.PUSH);
		whole.setText("Whole Place");
		whole.setToolTipText("Show the figures of every partner again");
		whole.addListener(SWT.Selection, e -> showTeam(null, null));
	}

	/**
	 * Shows the figures of one team's people only (code: as in the workforce files, the team's code
	 * in the INT model, else its id), or of the whole place again when {@code code} is null.
	 */
	public void showTeam(String code, String name) {
		teamCode = code;
		teamName = name == null || name.isBlank() ? code : name;
		boolean team = code != null;
		// a team's breakdown is by role; the choice comes back with the whole place
		cutChoice.setEnabled(!team);
		cutChoice.setToolTipText(team ? "A team's figures are broken down by role" : null);
		teamLabel.setText(team ? "Team " + teamName + " (" + code + "): its own people only" : "");
		((GridData) teamBar.getLayoutData()).exclude = !team;
		teamBar.setVisible(team);
		teamBar.getParent().layout(true, true);
		refresh();
	}

	/** The code of the team shown, or null for the whole place. */
	public String getTeamCode() {
		return teamCode;
	}

	/** Shows the figures of {@code other} store instead of the workbench's shared one (the caller closes it). */
	public void useStore(WorkforceStore other) {
		synchronized (this) {
			store = other;
		}
		refresh();
	}

	private Period period() {
		YearMonth to = YearMonth.parse(toMonth.getText());
		return Period.rolling12Months(to.atDay(1));
	}

	/** Computes the figures in a job and shows them when done. */
	public void refresh() {
		Period chosen = period();
		boolean followData = !monthChosen;
		MetricFormula metric = metrics.get(metricChoice.getSelectionIndex());
		Cut cut = BREAKDOWNS.get(cutChoice.getSelectionIndex());
		String team = teamCode;
		IntdModel intdModel = model;
		int refresh = ++refreshes;
		message.setText("Computing...");
		Job job = Job.create("Workforce figures", (IProgressMonitor monitor) -> {
			try {
				WorkforceStore source = store();
				YearMonth latest = followData ? source.read(c -> LatestDataMonth.of(c, YearMonth.now().minusMonths(1))) : null;
				Period period = latest == null ? chosen : Period.rolling12Months(latest.atDay(1));
				StaffScope whose = team == null ? StaffScope.everyone() : StaffScope.team(team);
				DashboardFigures figures = source.read(c -> DashboardFigures.compute(c, period, metric, usableCut(metric, cut),
						TeamNeighbourhoods.NONE, SmallNumberSuppression.standard(), whose, intdModel));
				show(refresh, figures, ImportHistory.freshness(source), null);
			} catch (Exception e) {
				show(refresh, null, List.of(), e.getMessage());
			}
			return Status.OK_STATUS;
		});
		job.setUser(false);
		job.schedule();
	}

	/** Selects {@code month} in the month list, adding it when it is older than the list. */
	private void showMonth(YearMonth month) {
		int index = toMonth.indexOf(month.toString());
		if (index < 0) {
			toMonth.add(month.toString());
			index = toMonth.getItemCount() - 1;
		}
		toMonth.select(index);
	}

	/** The survey knows organisations, sectors and teams, not roles. */
	private static Cut usableCut(MetricFormula metric, Cut cut) {
		boolean survey = metric.measures().stream().anyMatch(Measure::isFromSurvey);
		boolean establishment = metric == Metric.VACANCY_RATE;
		return (survey && cut == Cut.ROLE) || (establishment && cut == Cut.TEAM) ? Cut.ORGANISATION : cut;
	}

	/** The store given by {@link #useStore}, else the shared one (which its service closes, never this view). */
	private synchronized WorkforceStore store() throws Exception {
		return store != null ? store : WorkforceStores.get().store();
	}

	private void show(int refresh, DashboardFigures figures, List<ImportHistory.Freshness> partners, String problem) {
		if (message.isDisposed()) {
			return;
		}
		message.getDisplay().asyncExec(() -> {
			if (message.isDisposed() || refresh != refreshes) {
				return; // a newer refresh is on its way
			}
			if (figures == null) {
				message.setText("The workforce figures could not be computed: " + problem);
				return;
			}
			shown = figures;
			shownFreshness = partners;
			showMonth(YearMonth.from(figures.period().last()));
			message.setText(partners.isEmpty() ? "No workforce data yet: import partners' files (File > Import)."
					: "Figures of fewer than 5 people: *");
			tiles.show(figures);
			MetricFormula metric = figures.trendMetric();
			// the title stays short enough for a narrow chart; what each point covers goes on the axis
			String axis = metric.unit() + (DashboardFigures.ANNUAL.contains(metric) ? ", 12 months to each month" : "");
			String lines = figures.team() == null ? " by organisation" : ": " + teamName;
			CodeNames names = BreakdownNames.of(partners);
			trend.show(metric.label() + lines, axis, figures.months(),
					TrendChart.linesOf(namedLines(figures, names), figures.months()), MetricCatalogue.targetOf(metric));
			DashboardTables.fillBreakdown(breakdown, figures, names);
			DashboardTables.fillFreshness(freshness, partners);
		});
	}

	/**
	 * The trend's lines under the names people know (the legend shows them): an organisation's
	 * name, the team's for a team; a name two lines share keeps its code to tell them apart.
	 */
	private Map<String, Map<String, Double>> namedLines(DashboardFigures figures, CodeNames names) {
		Map<String, Map<String, Double>> named = new LinkedHashMap<>();
		figures.trend().forEach((code, values) -> {
			String name = code.equals(DashboardFigures.ALL_PARTNERS) ? code
					: figures.team() != null ? teamName : names.of(Cut.ORGANISATION, code);
			named.put(named.containsKey(name) ? name + " (" + code + ")" : name, values);
		});
		return named;
	}

	private void exportChart() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText("Export Chart as PNG");
		dialog.setFilterExtensions(new String[] { "*.png" });
		dialog.setOverwrite(true);
		String chosen = FileDialogs.open(dialog, FileDialogs.startFolder(null, getSite().getShell()).resolve("workforce-trend.png").toString());
		if (chosen != null) {
			exportChart(Paths.get(chosen.endsWith(".png") ? chosen : chosen + ".png"));
		}
	}

	/** Writes the trend chart to {@code file}; false (with a message) when it cannot. */
	public boolean exportChart(Path file) {
		try {
			trend.exportPng(file);
			return true;
		} catch (java.io.IOException e) {
			MessageDialog.openError(getSite().getShell(), "Export Chart", "Could not write " + file + ": " + e.getMessage());
			return false;
		}
	}

	/** What is shown now (tests and drill-down read it). */
	public DashboardFigures getFigures() {
		return shown;
	}

	/** Each partner's latest data, as shown now. */
	public List<ImportHistory.Freshness> getFreshness() {
		return shownFreshness;
	}

	List<MetricTile> getTiles() {
		return tiles.tiles();
	}

	@Override
	public void setFocus() {
		metricChoice.setFocus();
	}

	@Override
	public void dispose() {
		WorkforceStores.get().removeListener(storeListener);
		if (modelTracker != null) {
			modelTracker.uninstall();
		}
		super.dispose();
	}

}
