package org.intdesigner.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.intdesigner.diagram.interpreter.ElementChange.Kind;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.sync.ChangeMarks;
import org.intdesigner.diagram.sync.LiveDiagram;
import org.intdesigner.diagram.render.DiagramLegend;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Team;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.ui.editor.ModelEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario's diagram in the workbench (issue #19): the team structure of Docklands with its changes against
 * the baseline marked, the layer "Changes against baseline" switched off and on from the Layers menu, the marks
 * following an edit of the scenario; a scenario whose baseline is missing opens with the layer greyed out and why.
 */
@ExtendWith(UiTestExtension.class)
class ScenarioDiagramTest {

	private static final String STRUCTURE = "IntStructure/TeamStructure";

	private final UiDriver driver = UiDriver.forWorkbench();
	private final DiagramFixture fixture = new DiagramFixture(driver);

	@TempDir
	Path temp;

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	@Test
	void theChangesLayerSwitchesOffAndOnAndFollowsAnEditOfTheScenario() throws IOException {
		Path scenarioFile = temp.resolve("riverside-scenario.intd");
		ModelEditor modelEditor = fixture.openModel(scenarioFile,
				DocklandsScenario.docklandsReorganised(temp.resolve("riverside.intd"), scenarioFile));
		IntdModel scenario = driver.ui().call(() -> modelEditor.getModel().getModel());
		DiagramEditor editor = fixture.newDiagramOf(scenarioFile, STRUCTURE, "Docklands");
		LiveDiagram diagram = editor.getDiagram();

		assertTrue(driver.ui().call(diagram::isShowingChanges), "a scenario's diagram opens with its changes marked");
		assertEquals(List.of(DocklandsScenario.removedLabel()), ghostLabels(diagram), "the removed post is a ghost");
		assertTrue(kinds(diagram, DocklandsScenario.named(scenario, DocklandsScenario.ADDED)).contains(Kind.ADDED));
		assertTrue(kinds(diagram, DocklandsScenario.named(scenario, DocklandsScenario.RENAMED)).contains(Kind.CHANGED));
		assertTrue(kinds(diagram, DocklandsScenario.coded(scenario, "docklands-fcp")).contains(Kind.MOVED));
		List<String> key = driver.ui().call(() -> new DiagramLegend(diagram).labels());
		assertTrue(key.containsAll(List.of(ChangeMarks.ADDED.getLabel(), ChangeMarks.CHANGED.getLabel(),
				ChangeMarks.MOVED.getLabel(), ChangeMarks.REMOVED.getLabel())), "the key shows the marks: " + key);

		driver.click(changesItem(editor));
		driver.waitUntil(Condition.of("the changes switched off", () -> driver.ui().call(() -> !diagram.isShowingChanges())));
		assertEquals(List.of(), ghostLabels(diagram));
		assertTrue(kinds(diagram, DocklandsScenario.named(scenario, DocklandsScenario.ADDED)).isEmpty());
		assertFalse(driver.ui().call(() -> new DiagramLegend(diagram).labels()).contains(ChangeMarks.ADDED.getLabel()));
		assertFalse(driver.ui().call(() -> changesItem(editor).getSelection()));
		assertEquals("Hide changes against baseline", driver.ui().call(() -> editor.commandStack().getUndoCommand().getLabel()));

		driver.click(changesItem(editor));
		driver.waitUntil(Condition.of("the changes switched on", () -> driver.ui().call(diagram::isShowingChanges)));
		assertEquals(List.of(DocklandsScenario.removedLabel()), ghostLabels(diagram));
		assertTrue(driver.ui().call(() -> changesItem(editor).getSelection()));

		// an edit of the scenario: the core team renamed is marked at once, with its names before and after
		Team core = (Team) DocklandsScenario.named(scenario, "Docklands INT core team");
		assertTrue(kinds(diagram, core).isEmpty());
		driver.ui().run(() -> editor.execute(SetCommand.create(editor.getEditingDomain(), core, IntdPackage.Literals.ELEMENT__NAME,
				"Docklands INT hub")));
		driver.waitUntil(Condition.of("the renamed core team marked", () -> kinds(diagram, core).contains(Kind.CHANGED)));
		String tooltip = driver.ui().call(() -> diagram.decorationsOf(diagram.viewsOf(core).get(0)).get(0).tooltip());
		assertTrue(tooltip.contains("name: Docklands INT core team \u2192 Docklands INT hub"), tooltip);
	}

	@Test
	void aScenarioWhoseBaselineIsMissingOpensWithTheLayerGreyedOutAndWhy() throws IOException {
		Path baselineFile = temp.resolve("riverside.intd");
		Path scenarioFile = temp.resolve("riverside-scenario.intd");
		IntdModel scenario = DocklandsScenario.docklandsReorganised(baselineFile, scenarioFile);
		Files.delete(baselineFile);
		fixture.openModel(scenarioFile, scenario);
		DiagramEditor editor = fixture.newDiagramOf(scenarioFile, STRUCTURE, "Docklands");

		assertFalse(driver.ui().call(() -> editor.getDiagram().isShowingChanges()));
		assertFalse(driver.ui().call(() -> editor.getDiagram().getNotation().getNodes().isEmpty()), "the diagram is drawn");
		MenuItem item = changesItem(editor);
		assertFalse(driver.ui().call(item::isEnabled));
		String text = driver.ui().call(item::getText);
		assertTrue(text.startsWith(ChangeMarks.LAYER_LABEL + " (unavailable: its baseline ") && text.contains("riverside.intd is not there"),
				text);
		assertTrue(driver.ui().call(() -> editor.getInfoBar().isShown() && editor.getInfoBar().getText().contains("riverside.intd")),
				"the editor says why");
	}

	/** The item "Changes against baseline" of the diagram's Layers menu, built as the toolbar shows it. */
	private MenuItem changesItem(DiagramEditor editor) {
		return driver.ui().call(() -> {
			Menu menu = editor.getToolBar().menu(true);
			for (MenuItem item : menu.getItems()) {
				if (item.getText().startsWith(ChangeMarks.LAYER_LABEL)) {
					return item;
				}
			}
			throw new AssertionError("no " + ChangeMarks.LAYER_LABEL + " in the Layers menu");
		});
	}

	private List<String> ghostLabels(LiveDiagram diagram) {
		return driver.ui().call(() -> {
			List<String> labels = new ArrayList<>();
			diagram.getNotation().eAllContents().forEachRemaining(o -> {
				if (o instanceof NodeView view && diagram.isGhost(view)) {
					labels.add(diagram.nodeOf(view).getLabel());
				}
			});
			return labels;
		});
	}

	private List<Kind> kinds(LiveDiagram diagram, Object element) {
		return driver.ui().call(() -> {
			var views = diagram.viewsOf((org.eclipse.emf.ecore.EObject) element);
			assertFalse(views.isEmpty(), "drawn: " + element);
			var change = diagram.changeOf(views.get(0));
			return change == null ? List.<Kind>of() : List.copyOf(change.kinds());
		});
	}
}
