package org.intdesigner.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.ui.PlatformUI;
import org.intdesigner.diagram.interpreter.DiagramNode;
import org.intdesigner.diagram.ui.wizards.NewDiagramWizard;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Team;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.testsupport.ui.WidgetQuery;
import org.intdesigner.ui.editor.ModelEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A diagram of one team (issue #17, point 6), from the model tree's context menu and from File > New >
 * Diagram: the team with its sub-teams and their posts, nothing else.
 */
@ExtendWith(UiTestExtension.class)
class ScopedDiagramTest {

	private final UiDriver driver = UiDriver.forWorkbench();
	private final DiagramFixture fixture = new DiagramFixture(driver);

	@TempDir
	Path temp;
	private ModelEditor modelEditor;
	private IntdModel model;

	@BeforeEach
	void open() throws IOException {
		Path file = temp.resolve("scoped.intd");
		modelEditor = fixture.openModel(file, DiagramFixture.smallModel());
		model = driver.ui().call(() -> modelEditor.getModel().getModel());
	}

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	@Test
	void theContextMenuOfATeamDrawsThatTeamWithItsSubTeams() {
		Team core = team("Core team");
		driver.ui().run(() -> modelEditor.getTree().getViewer().setSelection(new StructuredSelection(core), true));
		var tree = driver.ui().call(() -> modelEditor.getTree().getViewer().getControl());
		driver.menus().selectInContextMenu(tree, "Diagrams", "New Team structure...");
		driver.waitUntil(Condition.of("the name asked", () -> driver.hasShell("New Diagram")));
		var name = driver.find(WidgetQuery.of(org.eclipse.swt.widgets.Text.class), driver.shell("New Diagram"));
		assertEquals("Team structure of Core team", driver.textOf(name));
		driver.click(driver.find(WidgetQuery.of(org.eclipse.swt.widgets.Button.class).withText("OK"), driver.shell("New Diagram")));
		fixture.waitForEditor(DiagramEditor.class);
		DiagramEditor editor = driver.ui().call(() -> (DiagramEditor) driver.page().getActiveEditor());
		assertEquals(Set.of("Core team", "Frailty MDT", "Team lead", "District nurse", "Social worker"), drawn(editor),
				"the team, its sub-team and their posts; not the Care hub or its coordinator");
		assertEquals(1, (int) driver.ui().call(() -> editor.getDiagram().getNotation().getEdges().size()), "the nurse's line manager");
		driver.screenshot("diagram-of-one-team");
	}

	@Test
	void fileNewDiagramDrawsTheSelectedTeam() {
		Team mdt = team("Frailty MDT");
		driver.ui().async(() -> {
			NewDiagramWizard wizard = new NewDiagramWizard();
			wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(mdt));
			new WizardDialog(driver.workbenchShell(), wizard).open();
		});
		driver.waitUntil(Condition.of("the wizard", () -> driver.hasShell("New Diagram")));
		Combo scope = driver.find(WidgetQuery.of(Combo.class).withLabel("Drawn of"), driver.shell("New Diagram"));
		List<String> parts = driver.ui().call(() -> Arrays.asList(scope.getItems()));
		assertEquals(List.of("The whole model: Small INT", "Team: Care hub", "Team: Core team", "Team: Frailty MDT"), parts);
		assertEquals("Team: Frailty MDT", driver.ui().call(scope::getText), "the selected team is drawn");
		Combo type = driver.find(WidgetQuery.of(Combo.class).withLabel("Diagram type"), driver.shell("New Diagram"));
		driver.select(type, "Line management and supervision");
		driver.screenshot("new-diagram-of-a-team", driver.shell("New Diagram"));
		driver.click(driver.button("Finish"));
		fixture.waitForEditor(DiagramEditor.class);
		DiagramEditor editor = driver.ui().call(() -> (DiagramEditor) driver.page().getActiveEditor());
		assertEquals("Line management and supervision of Frailty MDT", driver.ui().call(editor::getPartName));
		assertEquals(Set.of("Social worker"), drawn(editor), "only the MDT's post");
	}

	private Team team(String name) {
		return driver.ui().call(() -> {
			List<Team> found = new java.util.ArrayList<>();
			model.eAllContents().forEachRemaining(o -> {
				if (o instanceof Team t && name.equals(t.getName())) {
					found.add(t);
				}
			});
			return found.get(0);
		});
	}

	/** The names of the elements drawn. */
	private Set<String> drawn(DiagramEditor editor) {
		return driver.ui().call(() -> {
			List<EObject> elements = new java.util.ArrayList<>();
			editor.getDiagram().getNotation().eAllContents().forEachRemaining(view -> {
				if (view instanceof org.intdesigner.diagram.notation.NodeView node) {
					DiagramNode drawn = editor.getDiagram().nodeOf(node);
					if (drawn != null) {
						elements.add(drawn.getElement());
					}
				}
			});
			return elements.stream().map(e -> (String) e.eGet(e.eClass().getEStructuralFeature("name")))
					.collect(Collectors.toSet());
		});
	}
}
