package org.intdesigner.planning.ui;

import java.nio.file.Path;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.PartInitException;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.planning.PlanTable;
import org.intdesigner.planning.ui.study.WisnStudyEditor;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.ui.editor.ModelEditor;
import org.intdesigner.ui.files.PathEditorInput;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's pictures of the Planning perspective over the example place: the workforce plan with a role's
 * need and supply, and a WISN study in its editor. {@code ./intd screenshots} runs this (tag "screenshots") and
 * copies the {@code doc-*.png} files into docs/images/.
 */
@Tag("screenshots")
@ExtendWith(UiTestExtension.class)
class PlanningDocsScreenshots {

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;

	@Test
	void thePlanningPerspectiveOverTheExamplePlace() throws Exception {
		Path file = temp.resolve("riverside.intd");
		ModelFiles.saveNew(ExamplePlace.create(), file);
		driver.ui().run(() -> driver.workbenchShell().setBounds(0, 0, 1400, 900));
		driver.openPerspective(PlanningIds.PERSPECTIVE);
		ModelEditor editor = driver.ui().call(() -> {
			try {
				return (ModelEditor) driver.page().openEditor(new PathEditorInput(file), ModelEditor.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		PlanView plan = (PlanView) driver.showView(PlanView.ID);
		driver.waitUntil(Condition.of("the plan", () -> driver.ui().call(() -> plan.getPlan() != null && !plan.getRows().isEmpty())));
		driver.ui().run(() -> {
			PlanTable.Row careCoordinators = plan.getRows().stream()
					.filter(row -> row.role().getName().equals("Care coordinator")).findFirst().orElseThrow();
			plan.getSite().getSelectionProvider().setSelection(new StructuredSelection(careCoordinators));
		});
		driver.screenshot("doc-planning", driver.workbenchShell());

		driver.ui().run(() -> WisnStudyEditor.open(driver.page(), file, editor.getModel().getModel().getWisnStudies().get(0)));
		driver.screenshot("doc-wisn-study", driver.workbenchShell());
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}
}
