package org.intdesigner.workforce.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.testsupport.ui.WidgetQuery;
import org.intdesigner.ui.editor.ModelEditor;
import org.intdesigner.ui.files.PathEditorInput;
import org.intdesigner.workforce.example.ExampleWorkforceData;
import org.intdesigner.workforce.imports.KnownCodes;
import org.intdesigner.workforce.metrics.Metric;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Workforce Dashboard over the example place's year of data, with the example model open as a
 * service designer has it (issue #17, point 9): the breakdown and the chart's legend name the
 * partners, roles and teams rather than showing their codes; a line whose whole-year figure is
 * suppressed plots no zero months beside the tile's {@code *}; switching to the Workforce
 * perspective brings the dashboard in front of the model editor.
 */
@ExtendWith(UiTestExtension.class)
class DashboardReadsWellTest {

	private static final String WORKFORCE = "org.intdesigner.app.perspective.workforce";
	private static final String DESIGN = "org.intdesigner.app.perspective.design";

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	@Test
	void theBreakdownAndTheLegendShowNamesNotCodes() throws Exception {
		IntdModel example = openExample();
		try (WorkforceStore store = exampleStore(example)) {
			WorkforceDashboard dashboard = dashboardOver(store, null);
			Composite view = driver.viewComposite(WorkforceDashboard.ID);
			Table breakdown = driver.find(WidgetQuery.of(Table.class).matching("the breakdown table",
					t -> t.getColumnCount() == 3 && "RAG".equals(t.getColumn(2).getText())), view);
			List<String> organisations = firstColumn(breakdown);
			assertTrue(organisations.contains("Riverside Council Adult Social Care"), organisations.toString());
			assertTrue(organisations.contains("Docklands and Hillside PCN"), organisations.toString());
			assertFalse(organisations.contains("asc") || organisations.contains("pcn-dh"), organisations.toString());

			Chart chart = driver.find(WidgetQuery.of(Chart.class), view);
			List<String> legend = driver.ui().call(() -> Arrays.stream(chart.getSeriesSet().getSeries()).map(ISeries::getId).toList());
			assertTrue(legend.contains("Docklands and Hillside PCN"), legend.toString());
			assertFalse(legend.contains("pcn-dh") || legend.contains("asc"), legend.toString());

			Combo cut = driver.find(WidgetQuery.of(Combo.class).matching("the breakdown choice",
					c -> Arrays.asList(c.getItems()).contains("role")), view);
			driver.select(cut, "role");
			driver.waitUntil(Condition.of("the breakdown by role", () -> driver.ui().call(() -> dashboard.getFigures() != null
					&& "role".equals(breakdown.getColumnCount() > 0 ? breakdown.getColumn(0).getText() : ""))));
			List<String> roles = firstColumn(breakdown);
			assertTrue(roles.contains("Care coordinator"), roles.toString());
			assertFalse(roles.contains("cc"), roles.toString());
			driver.screenshot("dashboard-names");
			driver.ui().run(() -> driver.page().hideView(dashboard));
		}
	}

	@Test
	void aSuppressedFigureIsNotPlottedAsZeroBesideIt() throws Exception {
		IntdModel example = openExample();
		try (WorkforceStore store = exampleStore(example)) {
			WorkforceDashboard dashboard = dashboardOver(store, null);
			driver.ui().run(() -> dashboard.showTeam("docklands-core", "Docklands core team"));
			waitForFigures(dashboard, "docklands-core");
			// the team's turnover over the year came from fewer than five leavers: its tile shows *
			assertTrue(driver.ui().call(() -> dashboard.getFigures().tiles().get(Metric.TURNOVER).suppressed()));
			assertEquals("*", driver.ui().call(() -> dashboard.getTiles().get(0).getValueText()));
			Chart chart = driver.find(WidgetQuery.of(Chart.class), driver.viewComposite(WorkforceDashboard.ID));
			ISeries<?> team = driver.ui().call(() -> Arrays.stream(chart.getSeriesSet().getSeries())
					.filter(s -> !"Target".equals(s.getId())).findFirst().orElse(null));
			List<Double> plotted = new ArrayList<>();
			if (team != null) {
				for (double y : driver.ui().call(team::getYSeries)) {
					plotted.add(y);
				}
			}
			assertFalse(plotted.contains(0.0), "months plotted at 0 beside the suppressed tile: " + plotted);
			driver.screenshot("dashboard-suppressed-team");
			driver.ui().run(() -> driver.page().hideView(dashboard));
		}
	}

	@Test
	void switchingToTheWorkforcePerspectiveBringsTheDashboardForward() throws Exception {
		IntdModel example = openExample();
		try (WorkforceStore store = exampleStore(example)) {
			WorkforceDashboard dashboard = dashboardOver(store, null);
			driver.openPerspective(DESIGN);
			IEditorPart editor = driver.ui().call(() -> driver.page().getEditorReferences()[0].getEditor(true));
			driver.ui().run(() -> driver.page().activate(editor));
			driver.openPerspective(WORKFORCE);
			driver.ui().flush();
			assertTrue(driver.ui().call(() -> driver.page().isPartVisible(dashboard)),
					"the dashboard is in front when the Workforce perspective opens");
			driver.screenshot("dashboard-forward");
			driver.ui().run(() -> driver.page().hideView(dashboard));
		}
	}

	/** The example place saved and open in the model editor, as after the first start. */
	private IntdModel openExample() throws Exception {
		Path file = temp.resolve("riverside.intd");
		ModelFiles.saveNew(ExamplePlace.create(), file);
		ModelEditor editor = (ModelEditor) driver.ui().call(() -> {
			try {
				return driver.page().openEditor(new PathEditorInput(file), ModelEditor.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		return driver.ui().call(() -> editor.getModel().getModel());
	}

	private WorkforceStore exampleStore(IntdModel example) throws Exception {
		WorkforceStore store = WorkforceStore.open(StoreLocation.embedded(temp.resolve("workforce")));
		var summaries = ExampleWorkforceData.loadInto(store, KnownCodes.of(example), new NullProgressMonitor());
		assertTrue(summaries.stream().allMatch(s -> s.imported()), summaries.toString());
		return store;
	}

	private WorkforceDashboard dashboardOver(WorkforceStore store, String team) {
		driver.openPerspective(WORKFORCE);
		WorkforceDashboard dashboard = (WorkforceDashboard) driver.showView(WorkforceDashboard.ID);
		driver.ui().run(() -> dashboard.useStore(store));
		waitForFigures(dashboard, team);
		return dashboard;
	}

	private void waitForFigures(WorkforceDashboard dashboard, String team) {
		driver.waitUntil(Condition.of("the example's figures", () -> driver.ui().call(() -> dashboard.getFigures() != null
				&& !dashboard.getFreshness().isEmpty() && Objects.equals(team, dashboard.getFigures().team()))));
		driver.ui().flush();
	}

	private List<String> firstColumn(Table table) {
		return driver.ui().call(() -> Arrays.stream(table.getItems()).map((TableItem item) -> item.getText(0)).toList());
	}
}
