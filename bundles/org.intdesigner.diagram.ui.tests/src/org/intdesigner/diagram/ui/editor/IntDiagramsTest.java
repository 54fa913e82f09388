package org.intdesigner.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.store.NewDiagrams;
import org.intdesigner.diagram.ui.render.Box;
import org.intdesigner.diagram.ui.session.DiagramSession;
import org.intdesigner.diagram.ui.session.DiagramsMenu;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.tests.ui.UiDriver;
import org.intdesigner.tests.ui.UiTestExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each built-in INT diagram type, drawn over the example place in the editor: laid out, nothing overlapping, no failures. */
@ExtendWith(UiTestExtension.class)
class IntDiagramsTest {

	private final UiDriver driver = UiDriver.forWorkbench();
	private final DiagramFixture fixture = new DiagramFixture(driver);

	@TempDir
	Path temp;

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	@ParameterizedTest
	@ValueSource(strings = { "IntStructure/TeamStructure", "IntBoundaries/BoundaryMap",
			"IntAccountability/AccountabilityMap", "IntLineManagement/LineManagementChart" })
	void drawsTheExamplePlaceLaidOut(String type) throws IOException {
		Path file = temp.resolve("riverside.intd");
		fixture.openModel(file, ExamplePlace.create());
		DiagramEditor editor = driver.ui().call(() -> {
			try {
				DiagramSession session = DiagramSession.open(file);
				try {
					Diagram diagram = NewDiagrams.create(DiagramDescriptions.find(type), session.getSemantic().getRoot(), type);
					session.getDiagramSet().getDiagrams().add(diagram);
					DiagramsMenu.open(file, diagram.getId(), type);
				} finally {
					session.release();
				}
			} catch (IOException e) {
				throw new AssertionError(e);
			}
			return (DiagramEditor) driver.page().getActiveEditor();
		});
		driver.ui().run(() -> {
			assertTrue(editor.getDiagram().getProblems().isEmpty(), type + ": " + editor.getDiagram().getProblems());
			List<NodeView> top = editor.getDiagram().getNotation().getNodes();
			assertFalse(top.isEmpty(), type + " draws something");
			for (NodeView a : top) {
				for (NodeView b : top) {
					Box boxA = editor.getCanvas().getGeometry().box(a);
					Box boxB = editor.getCanvas().getGeometry().box(b);
					if (a != b && boxA != null && boxB != null) {
						assertFalse(boxA.intersects(boxB), type + ": " + a.getElement() + " overlaps " + b.getElement());
					}
				}
			}
		});
		String name = type.substring(type.indexOf('/') + 1);
		driver.screenshot("example-" + name);
		driver.ui().run(() -> editor.getCanvas().zoomToFit());
		driver.screenshot("example-" + name + "-whole");
	}
}
