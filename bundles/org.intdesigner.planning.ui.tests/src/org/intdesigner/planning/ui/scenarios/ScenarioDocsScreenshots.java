package org.intdesigner.planning.ui.scenarios;

import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPage;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.ui.editor.ModelEditor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's picture of the Scenario Changes view: the scenario the product ships (Docklands' four MDTs become two,
 * in three waves) against the example place.
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
		Path scenario = fixture.shippedScenario();
		driver.ui().run(() -> driver.workbenchShell().setBounds(0, 0, 1280, 720));
		driver.openPerspective("org.intdesigner.app.perspective.design");
		ModelEditor editor = fixture.open(scenario);
		ScenarioChangesView view = (ScenarioChangesView) driver.showView(ScenarioChangesView.ID);
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

	/** The transition plan of the shipped scenario: its waves with their cost, run rate and findings. */
	@Test
	void theTransitionPlanOfTheShippedScenario() throws Exception {
		ScenarioFixture fixture = new ScenarioFixture(driver, temp);
		Path scenario = fixture.shippedScenario();
		driver.ui().run(() -> driver.workbenchShell().setBounds(0, 0, 1280, 720));
		driver.openPerspective("org.intdesigner.app.perspective.design");
		fixture.open(scenario);
		org.intdesigner.planning.ui.transition.TransitionPlanView view = (org.intdesigner.planning.ui.transition.TransitionPlanView) driver
				.showView(org.intdesigner.planning.ui.transition.TransitionPlanView.ID);
		driver.waitUntil(Condition.of("the plan", () -> driver.ui().call(view::getPlan) != null));
		driver.ui().run(() -> driver.page().setPartState(driver.page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED));
		driver.ui().flush();
		driver.screenshot("doc-transition-plan", driver.workbenchShell());
		driver.ui().run(() -> driver.page().setPartState(driver.page().getReference(view), IWorkbenchPage.STATE_RESTORED));
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}
}
