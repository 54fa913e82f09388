package org.intdesigner.diagram.ui.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.model.samples.SyntheticModels;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.ui.raci.OpenRaciMatrixHandler;
import org.intdesigner.ui.raci.RaciMatrixEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's pictures of the INT diagrams and the RACI matrix, taken in the real editor with it
 * maximised: {@code ./intd screenshots} runs this (tag "screenshots", left out of the normal test
 * run) and copies the {@code doc-*.png} files it writes into docs/images/.
 */
@Tag("screenshots")
@ExtendWith(UiTestExtension.class)
class DocsScreenshots {

	private final UiDriver driver = UiDriver.forWorkbench();
	private final DiagramFixture fixture = new DiagramFixture(driver);

	@TempDir
	Path temp;

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().resetPerspective());
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	private DiagramEditor open(Path file, String type) {
		return open(file, type, null);
	}

	/** A new diagram of the element with this name (the whole model when null), opened maximised. */
	private DiagramEditor open(Path file, String type, String of) {
		DiagramEditor editor = fixture.newDiagramOf(file, type, of);
		maximise(editor);
		return editor;
	}

	private void maximise(IWorkbenchPart part) {
		driver.ui().run(() -> driver.page().setPartState(driver.page().getReference(part), IWorkbenchPage.STATE_MAXIMIZED));
		driver.ui().flush();
	}

	/** As the editor opens it (the whole diagram if readable, else its top-left at a readable zoom), maximised. */
	private void show(DiagramEditor editor, String name) {
		driver.ui().flush();
		driver.waitUntil(org.intdesigner.testsupport.ui.Condition.of("the maximised canvas",
				() -> driver.ui().call(() -> editor.getCanvas().getClientArea().width > 900)));
		driver.ui().run(() -> editor.getCanvas().showOpeningView());
		driver.ui().flush();
		driver.screenshot(name);
	}

	@Test
	void theExamplePlaceInEachDiagramType() throws IOException {
		Path file = temp.resolve("riverside.intd");
		fixture.openModel(file, ExamplePlace.create());
		show(open(file, "IntStructure/TeamStructure"), "doc-team-structure");
		DiagramEditor map = open(file, "IntBoundaries/BoundaryMap");
		show(map, "doc-boundary-map-opening");
		// the organisations in the middle of the map, at a zoom where their posts can be read
		driver.ui().run(() -> {
			map.getCanvas().zoomToFit();
			map.getCanvas().setZoom(0.5);
		});
		driver.ui().flush();
		driver.screenshot("doc-boundary-map");
		show(open(file, "IntAccountability/AccountabilityMap"), "doc-accountability-map");
		show(open(file, "IntLineManagement/LineManagementChart"), "doc-line-management-chart");
	}

	/** One neighbourhood of the example drawn on its own (Diagrams > New Team structure... on the area). */
	@Test
	void oneNeighbourhoodOfTheExampleOnItsOwn() throws IOException {
		Path file = temp.resolve("riverside.intd");
		fixture.openModel(file, ExamplePlace.create());
		show(open(file, "IntStructure/TeamStructure", "Docklands"), "doc-docklands-team-structure");
	}

	/** The shipped scenario (Docklands in two MDTs): Docklands' team structure with the changes against the baseline. */
	@Test
	void aScenarioOfDocklandsWithItsChangesMarked() throws IOException {
		Path file = temp.resolve("riverside-scenario.intd");
		var modelEditor = fixture.openModel(file, DocklandsScenario.shipped(temp.resolve("riverside.intd"), file));
		DiagramEditor editor = open(file, "IntStructure/TeamStructure", "Docklands");
		driver.ui().flush();
		driver.waitUntil(org.intdesigner.testsupport.ui.Condition.of("the maximised canvas",
				() -> driver.ui().call(() -> editor.getCanvas().getClientArea().width > 900)));
		// the reorganised MDT, where every kind of change is, at a zoom its posts can be read; team interactions
		// (a layer of their own) switched off so that the marks stand out
		driver.ui().run(() -> {
			editor.toggle("interactions", true);
			DiagramCanvas canvas = editor.getCanvas();
			canvas.setZoom(0.7);
			var mdt = editor.getDiagram().viewsOf(DocklandsScenario.named(modelEditor.getModel().getModel(),
					"Docklands families and mental health MDT"))
					.get(0);
			var box = canvas.getGeometry().box(mdt);
			var at = canvas.toScreen(box.x(), box.y());
			canvas.scrollBy(at.x - 12, at.y - 8); // top left: the key docks in the bottom right corner
		});
		driver.ui().flush();
		driver.screenshot("doc-scenario-diagram");
	}

	@Test
	void theNeighbourhoodOf300PostsAsABoundaryMap() throws IOException {
		Path file = temp.resolve("neighbourhood.intd");
		fixture.openModel(file, SyntheticModels.generate(SyntheticModels.Scale.NEIGHBOURHOOD, 7));
		show(open(file, "IntBoundaries/BoundaryMap"), "doc-neighbourhood-boundary-map");
	}

	@Test
	void theExamplesRaciMatrix() throws IOException {
		Path file = temp.resolve("riverside.intd");
		IntdModel model = ExamplePlace.create();
		fixture.openModel(file, model);
		RaciMatrixEditor editor = driver.ui().call(() -> {
			try {
				IntdModel open = ((org.intdesigner.ui.editor.ModelEditor) driver.page().getActiveEditor()).getModel().getModel();
				AccountabilityItem twoAs = open.getAccountabilities().stream()
						.filter(i -> "riverside-clinical-governance".equals(i.getCode())).findFirst().orElseThrow();
				return OpenRaciMatrixHandler.open(driver.page(), file, twoAs);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		maximise(editor);
		driver.ui().flush();
		driver.screenshot("doc-raci-matrix");
	}
}
