package org.intdesigner.workforce.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PartInitException;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.store.NewDiagrams;
import org.intdesigner.diagram.ui.editor.DiagramDescriptions;
import org.intdesigner.diagram.ui.editor.DiagramEditor;
import org.intdesigner.diagram.ui.session.DiagramSession;
import org.intdesigner.diagram.ui.session.DiagramsMenu;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.ui.editor.ModelEditor;
import org.intdesigner.ui.files.PathEditorInput;
import org.intdesigner.workforce.example.ExampleWorkforceData;
import org.intdesigner.workforce.imports.KnownCodes;
import org.intdesigner.workforce.metrics.Metric;
import org.intdesigner.workforce.metrics.MetricRow;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * From a team in the model editor's tree and on a team-structure diagram, "Show Workforce Figures"
 * opens the dashboard on that team's people only: over the example place and its shipped year of
 * workforce data, the team's headcount is the number of its spells open at the period's end,
 * counted here from staff.csv itself.
 */
@ExtendWith(UiTestExtension.class)
class TeamDrillDownTest {

	private static final String TEAM = "docklands-core";
	private static final String STRUCTURE = "IntStructure/TeamStructure";

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	@Test
	void aTeamInTheModelTreeAndOnADiagramOpensItsOwnFigures() throws Exception {
		Path file = temp.resolve("riverside.intd");
		IntdModel example = ExamplePlace.create();
		ModelFiles.saveNew(example, file);
		try (WorkforceStore store = WorkforceStore.open(StoreLocation.embedded(temp.resolve("workforce")))) {
			var summaries = ExampleWorkforceData.loadInto(store, KnownCodes.of(example), new NullProgressMonitor());
			assertTrue(summaries.stream().allMatch(s -> s.imported()), summaries.toString());
			driver.openPerspective("org.intdesigner.app.perspective.workforce");
			WorkforceDashboard dashboard = (WorkforceDashboard) driver.showView(WorkforceDashboard.ID);
			driver.ui().run(() -> dashboard.useStore(store));

			ModelEditor modelEditor = (ModelEditor) driver.ui().call(() -> {
				try {
					return driver.page().openEditor(new PathEditorInput(file), ModelEditor.ID);
				} catch (PartInitException e) {
					throw new AssertionError(e);
				}
			});
			Control tree = driver.ui().call(() -> modelEditor.getTree().getViewer().getControl());
			driver.ui().run(() -> modelEditor.getTree().getViewer().setSelection(
					new StructuredSelection(team(modelEditor.getModel().getModel())), true));
			driver.menus().selectInContextMenu(tree, "Show Workforce Figures");
			MetricRow headcount = teamHeadcount(dashboard);
			assertEquals(openSpellsOf(TEAM, driver.ui().call(() -> dashboard.getFigures().period().last())), headcount.value(),
					1e-9);
			assertTrue(driver.ui().call(() -> dashboard.getTiles().get(1).getValueText()).equals("-"),
					"vacancy is planned by organisation and role, so a team has none");

			driver.ui().run(() -> dashboard.showTeam(null, null));
			driver.waitUntil(Condition.of("the whole place again", () -> driver.ui().call(() -> dashboard.getFigures() != null
					&& dashboard.getFigures().team() == null)));
			assertNull(driver.ui().call(dashboard::getTeamCode));

			DiagramEditor diagram = openTeamStructure(file);
			driver.ui().run(() -> diagram.getSite().getSelectionProvider().setSelection(
					new StructuredSelection(team((IntdModel) diagram.getDiagram().getRoot()))));
			driver.menus().selectInContextMenu(diagram.getCanvas(), "Show Workforce Figures");
			assertEquals(headcount.value(), teamHeadcount(dashboard).value(), 1e-9);
			driver.ui().run(() -> driver.page().hideView(dashboard));
		}
	}

	/** Waits for the dashboard to show TEAM's figures and returns its headcount tile's row. */
	private MetricRow teamHeadcount(WorkforceDashboard dashboard) {
		driver.waitUntil(Condition.of("the figures of " + TEAM, () -> driver.ui().call(() -> dashboard.getFigures() != null
				&& TEAM.equals(dashboard.getFigures().team()))));
		assertEquals(TEAM, driver.ui().call(dashboard::getTeamCode));
		return driver.ui().call(() -> dashboard.getFigures().tiles().get(Metric.HEADCOUNT));
	}

	private static Team team(IntdModel model) {
		for (var contents = model.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Team team && TEAM.equals(KnownCodes.code(team))) {
				return team;
			}
		}
		throw new AssertionError("no team " + TEAM + " in the example");
	}

	private DiagramEditor openTeamStructure(Path file) {
		return driver.ui().call(() -> {
			try {
				DiagramSession session = DiagramSession.open(file);
				try {
					Diagram diagram = NewDiagrams.create(DiagramDescriptions.find(STRUCTURE), session.getSemantic().getRoot(),
							STRUCTURE);
					session.getDiagramSet().getDiagrams().add(diagram);
					DiagramsMenu.open(file, diagram.getId(), STRUCTURE);
				} finally {
					session.release();
				}
			} catch (IOException e) {
				throw new AssertionError(e);
			}
			return (DiagramEditor) driver.page().getActiveEditor();
		});
	}

	/** The team's spells in post on {@code day}, from the shipped staff.csv. */
	private static long openSpellsOf(String team, LocalDate day) throws IOException {
		try (InputStream in = ExampleWorkforceData.file("staff.csv").openStream()) {
			List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
					.parse(new java.io.InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
			return rows.stream().filter(r -> team.equals(r.get("team_id")))
					.filter(r -> !LocalDate.parse(r.get("start_date")).isAfter(day))
					.filter(r -> r.get("end_date").isEmpty() || !LocalDate.parse(r.get("end_date")).isBefore(day)).count();
		}
	}
}
