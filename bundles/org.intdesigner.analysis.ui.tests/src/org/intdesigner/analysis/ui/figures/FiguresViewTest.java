package org.intdesigner.analysis.ui.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.ui.PartInitException;
import org.intdesigner.analysis.api.FigureAnalysis;
import org.intdesigner.analysis.engine.FigureAnalysisRegistry;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.io.ModelIds;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.ui.editor.ModelEditor;
import org.intdesigner.ui.files.PathEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Figures view on a small model: it lists every installed figure analysis (the built-in ones and
 * the example plug-in's), shows the chosen one's table for the active editor's model, and follows edits.
 */
@ExtendWith(UiTestExtension.class)
class FiguresViewTest {

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;
	private ModelEditor editor;
	private FiguresView view;

	@BeforeEach
	void open() throws IOException {
		IntdFactory f = IntdFactory.eINSTANCE;
		IntdModel model = f.createIntdModel();
		model.setName("Figures test INT");
		Organisation trust = f.createOrganisation();
		trust.setName("Riverside Community Trust");
		model.getOrganisations().add(trust);
		Post lead = f.createPost();
		lead.setName("Lead occupational therapist");
		lead.setEmployer(trust);
		lead.setFte(1.0);
		model.getPosts().add(lead);
		Post therapist = f.createPost();
		therapist.setName("Occupational therapist");
		therapist.setEmployer(trust);
		therapist.setFte(1.0);
		therapist.setLineManager(lead);
		therapist.setSupervisor(lead);
		model.getPosts().add(therapist);
		ModelIds.assignMissing(model);
		Path file = temp.resolve("figures.intd");
		ModelFiles.saveNew(model, file);
		editor = (ModelEditor) driver.ui().call(() -> {
			try {
				return driver.page().openEditor(new PathEditorInput(file), ModelEditor.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		view = (FiguresView) driver.showView(FiguresView.ID);
		driver.ui().run(() -> driver.page().activate(editor));
		driver.waitUntil(Condition.of("the first validation", () -> driver.ui().call(() -> editor.getModel().getValidation().getReport() != null)));
	}

	@AfterEach
	void close() {
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	@Test
	void listsEveryInstalledAnalysisTheExamplePluginsIncluded() {
		List<String> installed = FigureAnalysisRegistry.getDefault().getAnalyses().stream().map(FigureAnalysis::title).toList();
		assertEquals(installed, driver.ui().call(view::analysisTitles));
		assertTrue(installed.contains("Spans and layers per organisation"), installed.toString());
		assertTrue(installed.contains("Professional supervision load"), "the example plug-in's: " + installed);
	}

	@Test
	void showsTheChosenAnalysisOfTheActiveModelAndFollowsEdits() {
		assertTrue(driver.ui().call(() -> view.showAnalysis("EXM-FIG-SUPERVISION")));
		assertEquals(List.of(List.of("Lead occupational therapist", "Riverside Community Trust", 1, 0)),
				driver.ui().call(() -> view.getFigures().rows()));
		assertEquals("Supervisees", driver.ui().call(() -> view.getTable().getColumn(2).getText()));
		assertEquals("1", driver.ui().call(() -> view.getTable().getItem(0).getText(2)));

		Post nurse = IntdFactory.eINSTANCE.createPost();
		nurse.setName("Community nurse");
		// the editor's lead: the editor opened the model from its file, not the objects built above
		nurse.setSupervisor(driver.ui().call(() -> editor.getModel().getModel().getPosts().get(0)));
		driver.ui().run(() -> editor.getModel().getCommandStack().execute(AddCommand.create(editor.getModel().getDomain(),
				editor.getModel().getModel(), IntdPackage.Literals.INTD_MODEL__POSTS, nurse)));
		driver.waitUntil(Condition.of("the new supervisee counted", () -> "2".equals(driver.ui().call(() -> view.getTable().getItem(0).getText(2)))));
		assertEquals(List.of(List.of("Lead occupational therapist", "Riverside Community Trust", 2, 1)),
				driver.ui().call(() -> view.getFigures().rows()), "a post with no employer counts as from another one");

		assertTrue(driver.ui().call(() -> view.showAnalysis("FIG-SPANS")));
		assertEquals("Organisation", driver.ui().call(() -> view.getTable().getColumn(0).getText()));
		assertEquals("Riverside Community Trust", driver.ui().call(() -> view.getTable().getItem(0).getText(0)));
		driver.screenshot("figures-view-spans"); // under target/screenshots/, to look at the view
	}
}
