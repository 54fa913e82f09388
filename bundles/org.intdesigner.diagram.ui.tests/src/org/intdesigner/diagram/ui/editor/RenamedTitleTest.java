package org.intdesigner.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Text;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.render.DrawnLabels;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Team;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #17, point 5: a team renamed in the diagram (F2) to a longer name shows its whole new title;
 * the team's box grows for it rather than cutting it off with an ellipsis.
 */
@ExtendWith(UiTestExtension.class)
class RenamedTitleTest {

	private static final String LONG_NAME = "Riverside community paediatrics and children's continuing care service";

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
	void aRenamedTeamShowsItsWholeTitle() throws IOException {
		Path file = temp.resolve("riverside.intd");
		var modelEditor = fixture.openModel(file, ExamplePlace.create());
		IntdModel model = driver.ui().call(() -> modelEditor.getModel().getModel());
		DiagramEditor editor = fixture.newDiagram(file, "Riverside");
		Team team = driver.ui().call(() -> model.getTeams().stream()
				.filter(t -> "Riverside community paediatrics".equals(t.getName())).findFirst().orElseThrow());
		NodeView view = fixture.viewOf(editor, team);
		DiagramCanvas canvas = editor.getCanvas();
		driver.ui().run(() -> {
			canvas.setZoom(1);
			canvas.reveal(canvas.getGeometry().box(view));
			canvas.select(List.of(view));
			canvas.setFocus();
		});
		driver.press(SWT.NONE, SWT.F2);
		driver.waitUntil(Condition.of("the title open for editing", () -> driver.ui().call(() -> editor.getDirectEdit().isActive())));
		Text text = driver.ui().call(() -> editor.getDirectEdit().getText());
		driver.type(text, LONG_NAME);
		driver.ui().run(() -> text.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event()));
		assertEquals(LONG_NAME, driver.ui().call(team::getName));
		driver.ui().run(() -> canvas.reveal(canvas.getGeometry().box(view)));
		driver.ui().flush();
		driver.screenshot("renamed-team", driver.workbenchShell());
		DrawnLabels.NodeName title = driver.ui().call(() -> new DrawnLabels(editor.getDiagram(), canvas.getGeometry(), (label, bold) -> {
			Point extent = canvas.getResources().extent(label, bold);
			return new int[] { extent.x, extent.y };
		}).name(view));
		assertFalse(title.cut(), "the title is cut to " + title.lines());
		assertEquals(List.of(LONG_NAME), title.lines());
	}
}
