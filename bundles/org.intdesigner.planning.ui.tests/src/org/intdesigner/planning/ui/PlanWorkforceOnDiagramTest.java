package org.intdesigner.planning.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.viewers.StructuredSelection;
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
import org.intdesigner.planning.PlanTable;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** "Plan Workforce" on a team drawn on a team-structure diagram, as in the model's trees. */
@ExtendWith(UiTestExtension.class)
class PlanWorkforceOnDiagramTest {

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
	void aTeamOnADiagramOpensItsPlan() throws Exception {
		Path file = temp.resolve("riverside.intd");
		ModelFiles.saveNew(ExamplePlace.create(), file);
		driver.openPerspective("org.intdesigner.app.perspective.design");
		DiagramEditor diagram = driver.ui().call(() -> {
			try {
				DiagramSession session = DiagramSession.open(file);
				try {
					Diagram created = NewDiagrams.create(DiagramDescriptions.find(STRUCTURE), session.getSemantic().getRoot(),
							STRUCTURE);
					session.getDiagramSet().getDiagrams().add(created);
					DiagramsMenu.open(file, created.getId(), STRUCTURE);
				} finally {
					session.release();
				}
			} catch (IOException e) {
				throw new AssertionError(e);
			}
			return (DiagramEditor) driver.page().getActiveEditor();
		});
		driver.ui().run(() -> diagram.getSite().getSelectionProvider().setSelection(
				new StructuredSelection(team((IntdModel) diagram.getDiagram().getRoot(), "Docklands INT core team"))));
		driver.menus().selectInContextMenu(diagram.getCanvas(), "Plan Workforce");

		assertEquals(PlanningIds.PERSPECTIVE, driver.ui().call(() -> driver.page().getPerspective().getId()));
		PlanView plan = (PlanView) driver.ui().call(() -> driver.page().findView(PlanView.ID));
		assertNotNull(plan);
		driver.waitUntil(Condition.of("the plan of the diagram's model", () -> driver.ui().call(() -> plan.getPlan() != null
				&& !plan.getRows().isEmpty())));
		assertTrue(driver.ui().call(plan::getRows).stream().map(PlanTable.Row::unit)
				.allMatch(unit -> unit.getName().equals("Docklands") || unit.getName().equals("Riverside")),
				driver.ui().call(plan::getRows).toString());
		assertEquals(0.598, driver.ui().call(() -> plan.getHeatMap().ratio("District nurse", "Docklands")), 0.001);
	}

	private static Team team(IntdModel model, String name) {
		for (var contents = model.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Team team && name.equals(team.getName())) {
				return team;
			}
		}
		throw new AssertionError("no team " + name);
	}
}
