package org.intdesigner.planning.ui.sidebyside;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.intdesigner.planning.ui.PlanningIds;
import org.intdesigner.tests.ui.Condition;
import org.intdesigner.tests.ui.UiDriver;
import org.intdesigner.tests.ui.UiTestExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's picture of Side by Side: the example place and a scenario of it. {@code ./intd screenshots} runs this
 * (tag "screenshots") and copies the {@code doc-*.png} files into docs/images/.
 */
@Tag("screenshots")
@ExtendWith(UiTestExtension.class)
class SideBySideDocsScreenshots {

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;

	@Test
	void theExamplePlaceAndAScenarioSideBySide() throws Exception {
		SideBySideScenario files = SideBySideScenario.saveIn(temp);
		driver.ui().run(() -> driver.workbenchShell().setBounds(0, 0, 1400, 900));
		driver.openPerspective(PlanningIds.PERSPECTIVE);
		SideBySideView view = (SideBySideView) driver.showView(SideBySideView.ID);
		driver.ui().run(() -> {
			IWorkbenchPage page = driver.page();
			page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
			view.setChangedOnly(true); // the differences of every section on one screen
			view.show(List.of(files.baseline(), files.scenario()));
		});
		driver.waitUntil(Condition.of("the figures", () -> driver.ui().call(() -> view.getFigures() != null)),
				java.time.Duration.ofSeconds(60));
		driver.screenshot("doc-side-by-side", driver.workbenchShell());
		driver.ui().run(() -> {
			IWorkbenchPage page = driver.page();
			page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
			view.setChangedOnly(false);
			page.hideView(view);
		});
	}
}
