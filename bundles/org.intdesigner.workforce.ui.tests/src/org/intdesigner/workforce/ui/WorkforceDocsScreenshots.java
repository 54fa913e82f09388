package org.intdesigner.workforce.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IWorkbenchPage;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.workforce.example.ExampleWorkforceData;
import org.intdesigner.workforce.imports.KnownCodes;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's pictures of the Workforce Dashboard over the example place's year of synthetic
 * data, maximised: {@code ./intd screenshots} runs this (tag "screenshots") and copies the
 * {@code doc-*.png} files into docs/images/.
 */
@Tag("screenshots")
@ExtendWith(UiTestExtension.class)
class WorkforceDocsScreenshots {

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;

	@Test
	void theDashboardOverTheExamplePlace() throws Exception {
		// the example model open, as at the first start: the dashboard names its partners, roles and teams
		Path model = temp.resolve("riverside.intd");
		org.intdesigner.model.io.ModelFiles.saveNew(ExamplePlace.create(), model);
		driver.ui().run(() -> {
			try {
				driver.page().openEditor(new org.intdesigner.ui.files.PathEditorInput(model), org.intdesigner.ui.editor.ModelEditor.ID);
			} catch (org.eclipse.ui.PartInitException e) {
				throw new AssertionError(e);
			}
		});
		try (WorkforceStore store = WorkforceStore.open(StoreLocation.embedded(temp.resolve("workforce")))) {
			var summaries = ExampleWorkforceData.loadInto(store, KnownCodes.of(ExamplePlace.create()), new NullProgressMonitor());
			assertTrue(summaries.stream().allMatch(s -> s.imported()), summaries.toString());
			driver.openPerspective("org.intdesigner.app.perspective.workforce");
			WorkforceDashboard dashboard = (WorkforceDashboard) driver.showView(WorkforceDashboard.ID);
			driver.ui().run(() -> driver.page().setPartState(driver.page().getReference(dashboard), IWorkbenchPage.STATE_MAXIMIZED));
			driver.ui().run(() -> dashboard.useStore(store));
			waitForFigures(dashboard, null);
			driver.screenshot("doc-workforce-dashboard");
			driver.ui().run(() -> dashboard.showTeam("docklands-core", "Docklands core team"));
			waitForFigures(dashboard, "docklands-core");
			driver.screenshot("doc-workforce-team");
			driver.ui().run(() -> driver.page().hideView(dashboard));
		} finally {
			driver.ui().run(() -> driver.page().closeAllEditors(false));
		}
	}

	private void waitForFigures(WorkforceDashboard dashboard, String team) {
		driver.waitUntil(Condition.of("the example's figures", () -> driver.ui().call(() -> dashboard.getFigures() != null
				&& !dashboard.getFreshness().isEmpty() && java.util.Objects.equals(team, dashboard.getFigures().team()))));
		driver.ui().flush();
	}
}
