package org.intdesigner.development.ui;

import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
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
 * The README's pictures of workforce development over the example place with its year of synthetic workforce data
 * (skills assessments included), as the first start shows it: the skills matrix of the Docklands core team and the
 * training plan. {@code ./intd screenshots} runs this (tag "screenshots") and copies the {@code doc-*.png}
 * files into docs/images/.
 */
@Tag("screenshots")
@ExtendWith(UiTestExtension.class)
class SkillsDocsScreenshots {

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;

	@Test
	void theSkillsMatrixAndTheTrainingPlanOfTheExamplePlace() throws Exception {
		ExampleStore.withExampleData("docs");
		Path file = temp.resolve("riverside.intd");
		ModelFiles.saveNew(ExamplePlace.create(), file);
		driver.ui().run(() -> driver.workbenchShell().setBounds(0, 0, 1400, 900));
		driver.openPerspective("org.intdesigner.app.perspective.workforce");
		ModelEditor editor = driver.ui().call(() -> {
			try {
				return (ModelEditor) driver.page().openEditor(new PathEditorInput(file), ModelEditor.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		Team team = SkillsMatrixWorkbenchTest.team(editor.getModel().getModel(), SkillsMatrixWorkbenchTest.CORE_TEAM);
		SkillsMatrixEditor matrix = driver.ui().call(() -> {
			try {
				return ShowSkillsHandler.open(driver.page(), file, team);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		driver.ui().run(() -> {
			IWorkbenchPage page = driver.page();
			page.setPartState(page.getReference(matrix), IWorkbenchPage.STATE_MAXIMIZED);
		});
		driver.waitUntil(Condition.of("the matrix", () -> driver.ui().call(() -> matrix.getMatrix() != null)));
		driver.screenshot("doc-skills-matrix", driver.workbenchShell());

		driver.ui().run(() -> driver.page().setPartState(driver.page().getReference(matrix), IWorkbenchPage.STATE_RESTORED));
		driver.ui().run(() -> driver.page().activate(editor));
		TrainingPlanView view = (TrainingPlanView) driver.showView(TrainingPlanView.ID);
		driver.ui().run(() -> driver.page().setPartState(driver.page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED));
		driver.waitUntil(Condition.of("the plan", () -> driver.ui().call(view::getPlan) != null));
		driver.screenshot("doc-training-plan", driver.workbenchShell());
		driver.ui().run(() -> driver.page().setPartState(driver.page().getReference(view), IWorkbenchPage.STATE_RESTORED));
		driver.ui().run(() -> driver.page().closeAllEditors(false));
		ExampleStore.empty("docs-after");
	}
}
