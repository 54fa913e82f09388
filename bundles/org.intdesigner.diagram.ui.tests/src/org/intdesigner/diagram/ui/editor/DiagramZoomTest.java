package org.intdesigner.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.render.Box;
import org.intdesigner.model.Team;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.ui.editor.ModelEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zooming as a user does it (issue #17, point 7): Ctrl+= and Ctrl+- about the selection (or the centre
 * of the view), Ctrl+wheel about the pointer; a large diagram opens readable, with the Outline to move
 * about in it.
 */
@ExtendWith(UiTestExtension.class)
class DiagramZoomTest {

	private final UiDriver driver = UiDriver.forWorkbench();
	private final DiagramFixture fixture = new DiagramFixture(driver);

	@TempDir
	Path temp;
	private DiagramEditor editor;

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	private DiagramEditor smallDiagram() throws IOException {
		Path file = temp.resolve("zoom.intd");
		ModelEditor model = fixture.openModel(file, DiagramFixture.smallModel());
		editor = fixture.newDiagram(file, "Zoom");
		driver.ui().flush();
		// zoomed in, so the diagram is larger than the view and can scroll either way
		driver.ui().run(() -> editor.getCanvas().setZoom(2));
		Team hub = driver.ui().call(() -> model.getModel().getModel().getTeams().stream()
				.filter(t -> "Care hub".equals(t.getName())).findFirst().orElseThrow());
		hubView = fixture.viewOf(editor, hub);
		driver.ui().run(() -> editor.getCanvas().reveal(editor.getCanvas().getGeometry().box(hubView)));
		return editor;
	}

	private NodeView hubView;

	/** Where the Care hub's centre is on screen. */
	private Point hubOnScreen() {
		return driver.ui().call(() -> {
			Box box = editor.getCanvas().getGeometry().box(hubView);
			return editor.getCanvas().toScreen(box.centerX(), box.centerY());
		});
	}

	private Point canvasCentre() {
		return driver.ui().call(() -> new Point(editor.getCanvas().getClientArea().width / 2,
				editor.getCanvas().getClientArea().height / 2));
	}

	@Test
	void ctrlEqualsAndCtrlMinusZoomAboutTheSelection() throws IOException {
		smallDiagram();
		Point header = fixture.headerOf(editor, hubView);
		driver.mouse().click(editor.getCanvas(), header.x, header.y);
		assertEquals(List.of(hubView), driver.ui().call(() -> editor.getCanvas().getSelection()));
		Point before = hubOnScreen();
		Point centre = canvasCentre();
		assertTrue(Math.abs(before.x - centre.x) + Math.abs(before.y - centre.y) > 40,
				"the team is away from the centre, so zooming about the centre would move it: " + before + " / " + centre);
		double zoom = driver.ui().call(() -> editor.getCanvas().getZoom());
		driver.ui().run(() -> editor.getCanvas().setFocus());
		driver.keys(SWT.MOD1, '=');
		driver.waitUntil(Condition.of("zoomed in", () -> driver.ui().call(() -> editor.getCanvas().getZoom()) > zoom));
		assertNear(before, hubOnScreen(), "Ctrl+= keeps the selected team where it was");
		driver.keys(SWT.MOD1, '-');
		driver.waitUntil(Condition.of("zoomed out", () -> driver.ui().call(() -> editor.getCanvas().getZoom()) < zoom * 1.2));
		assertNear(before, hubOnScreen(), "so does Ctrl+-");
	}

	@Test
	void withNothingSelectedTheKeysZoomAboutTheCentre() throws IOException {
		smallDiagram();
		driver.ui().run(() -> editor.getCanvas().select(List.of()));
		Point centre = canvasCentre();
		Point atCentre = driver.ui().call(() -> editor.getCanvas().toDiagram(centre.x, centre.y));
		driver.ui().run(() -> editor.getCanvas().setFocus());
		double zoom = driver.ui().call(() -> editor.getCanvas().getZoom());
		driver.keys(SWT.MOD1, '=');
		driver.waitUntil(Condition.of("zoomed in", () -> driver.ui().call(() -> editor.getCanvas().getZoom()) > zoom));
		Point after = driver.ui().call(() -> editor.getCanvas().toScreen(atCentre.x, atCentre.y));
		assertNear(centre, after, "the point in the middle stays in the middle");
	}

	@Test
	void ctrlWheelZoomsAboutThePointer() throws IOException {
		smallDiagram();
		Point before = hubOnScreen();
		double zoom = driver.ui().call(() -> editor.getCanvas().getZoom());
		driver.mouse().wheel(editor.getCanvas(), before.x, before.y, 1, SWT.MOD1);
		assertTrue(driver.ui().call(() -> editor.getCanvas().getZoom()) > zoom, "Ctrl+wheel zooms");
		assertNear(before, hubOnScreen(), "what is under the pointer stays under it");
		driver.mouse().wheel(editor.getCanvas(), before.x, before.y, -1, SWT.MOD1);
		assertEquals(zoom, driver.ui().call(() -> editor.getCanvas().getZoom()), 0.001);
		assertNear(before, hubOnScreen(), "out again about the pointer");
	}

	@Test
	void theWholePlaceOpensReadableAndTheOutlineMovesAboutIt() throws IOException {
		Path file = temp.resolve("riverside.intd");
		fixture.openModel(file, ExamplePlace.create());
		editor = fixture.newDiagram(file, "Riverside");
		driver.waitUntil(Condition.of("the opening view", () -> driver.ui().call(() -> editor.getCanvas().getZoom() != 1.0)));
		double zoom = driver.ui().call(() -> editor.getCanvas().getZoom());
		assertTrue(zoom >= DiagramCanvas.READABLE_ZOOM, "labels can be read at " + Math.round(zoom * 100) + "%");
		ContentOutline outline = (ContentOutline) driver.showView(IPageLayout.ID_OUTLINE);
		driver.ui().run(() -> driver.page().activate(editor));
		driver.waitUntil(Condition.of("the diagram's overview in the Outline",
				() -> driver.ui().call(() -> outline.getCurrentPage() instanceof DiagramOverview)));
		Control overview = driver.ui().call(() -> ((DiagramOverview) outline.getCurrentPage()).getControl());
		assertInstanceOf(DiagramOverview.class, driver.ui().call(outline::getCurrentPage));
		Box before = driver.ui().call(() -> editor.getCanvas().visibleArea());
		Point corner = driver.ui().call(() -> new Point(overview.getSize().x - 5, overview.getSize().y - 5));
		driver.mouse().click(overview, corner.x, corner.y);
		Box after = driver.ui().call(() -> editor.getCanvas().visibleArea());
		assertNotEquals(before, after, "a click in the Outline moves the view");
		assertTrue(after.x() > before.x() || after.y() > before.y(), "towards the corner clicked: " + before + " -> " + after);
		driver.screenshot("diagram-whole-place-opening-with-outline");
	}

	private static void assertNear(Point expected, Point actual, String message) {
		assertTrue(Math.abs(expected.x - actual.x) <= 3 && Math.abs(expected.y - actual.y) <= 3,
				message + ": " + expected + " -> " + actual);
	}
}
