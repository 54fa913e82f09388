package org.intdesigner.planning.ui.scenarios;

import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPage;
import org.intdesigner.tests.ui.Condition;
import org.intdesigner.tests.ui.UiDriver;
import org.intdesigner.tests.ui.UiTestExtension;
import org.intdesigner.ui.editor.ModelEditor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's picture of the Scenario Changes view: the example place's Docklands reorganised (a new MDT, an MDT
 * renamed, a post's FTE cut, a post given another employer, a post closed) against the example.
 * {@code ./intd screenshots} runs this (tag "screenshots") and copies doc-scenario-changes.png into docs/images/.
 */
@Tag("screenshots")
@ExtendWith(UiTestExtension.class)
class ScenarioDocsScreenshots {

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;

	@Test
	void theChangesOfADocklandsScenario() throws Exception {
		ScenarioFixture fixture = new ScenarioFixture(driver, temp);
		Path scenario = fixture.scenario("docklands-reorganised", "Riverside, Docklands reorganised");
		driver.ui().run(() -> driver.workbenchShell().setBounds(0, 0, 1280, 720));
		driver.openPerspective("org.intdesigner.app.perspective.design");
		ModelEditor editor = fixture.open(scenario);
		ScenarioChangesView view = (ScenarioChangesView) driver.showView(ScenarioChangesView.ID);
		fixture.reorganiseDocklands(editor.getModel());
		driver.waitUntil(Condition.of("the changes", () -> driver.ui().call(() -> view.getChanges().size() >= 5)));
		driver.screenshot("scenario-changes-in-the-workbench", driver.workbenchShell());
		// the closed post shows what went with it
		driver.ui().run(() -> view.getNodes().stream().flatMap(type -> type.elements().stream())
				.filter(element -> element.kind() == org.intdesigner.model.compare.ModelChange.Kind.REMOVED)
				.forEach(element -> view.getTreeViewer().setExpandedState(element, true)));
		driver.ui().run(() -> driver.page().setPartState(driver.page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED));
		driver.screenshot("doc-scenario-changes", driver.workbenchShell());
		driver.ui().run(() -> driver.page().setPartState(driver.page().getReference(view), IWorkbenchPage.STATE_RESTORED));
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}
}
