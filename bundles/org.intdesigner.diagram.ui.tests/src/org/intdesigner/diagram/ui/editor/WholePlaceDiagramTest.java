package org.intdesigner.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchPage;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.render.Box;
import org.intdesigner.diagram.render.DiagramGeometry;
import org.intdesigner.diagram.render.DiagramReadability;
import org.intdesigner.diagram.render.DrawnLabels;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.testsupport.ui.WidgetQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #17, point 5, in the real editor with its real fonts: the team structure of the whole
 * example place, as a first open lays it out, has no line through a post it does not connect, no
 * label over another and no name cut off; with the whole diagram fitted to the window, the key sits
 * in a corner where it hides no post and no team's title, in columns that keep it to half the view's
 * height.
 */
@ExtendWith(UiTestExtension.class)
class WholePlaceDiagramTest {

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

	@Test
	void theWholePlaceIsReadableAndTheKeyHidesNothing() throws IOException {
		Path file = temp.resolve("riverside.intd");
		fixture.openModel(file, ExamplePlace.create());
		DiagramEditor editor = fixture.newDiagram(file, "Riverside");
		driver.ui().run(() -> driver.page().setPartState(driver.page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED));
		DiagramCanvas canvas = editor.getCanvas();
		driver.waitUntil(Condition.of("the maximised canvas", () -> driver.ui().call(() -> canvas.getClientArea().width > 900)));

		DiagramReadability.Report report = driver.ui().call(() -> {
			DiagramGeometry geometry = canvas.getGeometry();
			DrawnLabels labels = new DrawnLabels(editor.getDiagram(), geometry, (text, bold) -> {
				Point extent = canvas.getResources().extent(text, bold);
				return new int[] { extent.x, extent.y };
			});
			return new DiagramReadability(editor.getDiagram(), geometry, labels).run();
		});
		driver.ui().run(canvas::showOpeningView);
		driver.ui().flush();
		driver.screenshot("whole-place-opening", driver.workbenchShell());
		assertEquals(0, report.crossings(), report.toString());
		assertEquals(0, report.overlaps(), report.toString());
		assertEquals(0, report.clipped(), report.toString());

		ToolItem fit = driver.find(WidgetQuery.of(ToolItem.class).withText("Fit"),
				driver.ui().call(() -> editor.getToolBar().getControl().getParent()));
		double opening = driver.ui().call(canvas::getZoom);
		driver.click(fit);
		driver.waitUntil(Condition.of("zoomed to fit", () -> driver.ui().call(() -> canvas.getZoom() < opening)));
		driver.ui().run(() -> {
			canvas.redraw();
			canvas.update(); // painted now, so the key's place is the fitted view's
		});
		driver.ui().flush();
		driver.screenshot("whole-place-fitted", driver.workbenchShell());
		driver.ui().run(() -> {
			assertTrue(canvas.getLegendBounds().height() <= canvas.getClientArea().height / 2,
					"the key of " + canvas.getLegendBounds() + " takes at most half the view's height");
			Box key = canvas.toDiagram(canvas.getLegendBounds());
			DiagramGeometry geometry = canvas.getGeometry();
			for (NodeView node : geometry.paintOrder()) {
				Box box = geometry.box(node);
				boolean container = !node.getChildren().isEmpty();
				Box hidden = container ? new Box(box.x(), box.y(), box.width(), DiagramGeometry.HEADER) : box;
				assertFalse(hidden.intersects(key), "the key at " + canvas.getLegendBounds() + " hides "
						+ editor.getDiagram().nodeOf(node).getLabel() + (container ? "'s title" : ""));
			}
		});
	}
}
