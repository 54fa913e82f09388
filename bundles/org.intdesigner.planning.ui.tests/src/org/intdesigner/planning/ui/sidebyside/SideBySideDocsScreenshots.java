package org.intdesigner.planning.ui.sidebyside;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.ExpandBar;
import org.eclipse.ui.IWorkbenchPage;
import org.intdesigner.planning.scenarios.SideBySideFigures;
import org.intdesigner.testsupport.ui.WidgetQuery;
import org.intdesigner.planning.ui.PlanningIds;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's picture of Side by Side: the example place and the scenario the product ships (Docklands in two MDTs). {@code ./intd screenshots} runs this
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
		Path baseline = temp.resolve("riverside.intd");
		Path scenario = temp.resolve("riverside-docklands-two-mdts.intd");
		org.intdesigner.model.IntdModel place = org.intdesigner.model.samples.ExamplePlace.create();
		org.intdesigner.model.io.ModelFiles.saveNew(place, baseline);
		org.intdesigner.model.io.ModelFiles.saveNew(org.intdesigner.model.samples.ExampleScenario.of(place, baseline, scenario),
				scenario);
		driver.ui().run(() -> driver.workbenchShell().setBounds(0, 0, 1400, 900));
		driver.openPerspective(PlanningIds.PERSPECTIVE);
		SideBySideView view = (SideBySideView) driver.showView(SideBySideView.ID);
		driver.ui().run(() -> {
			IWorkbenchPage page = driver.page();
			page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
			view.show(List.of(baseline, scenario));
		});
		driver.waitUntil(Condition.of("the figures", () -> driver.ui().call(() -> view.getFigures() != null)),
				java.time.Duration.ofSeconds(60));
		// the differences of every section on one screen
		Button changedOnly = driver.find(WidgetQuery.of(Button.class).withText("Differences only"));
		driver.click(changedOnly);
		driver.waitUntil(Condition.of("only the differences", () -> driver.ui().call(() -> view.getTable(
				SideBySideFigures.BY_ORGANISATION).getItemCount() < 10)));
		Thread.sleep(500); // GTK animates the tick
		driver.screenshot("doc-side-by-side", driver.workbenchShell());
		// the lower sections, to look at (not for the README)
		driver.ui().run(() -> {
			ExpandBar bar = (ExpandBar) view.getTable(SideBySideFigures.BY_ORGANISATION).getParent().getParent();
			for (int i = 0; i < 3; i++) {
				bar.getItem(i).setExpanded(false);
			}
		});
		Thread.sleep(300);
		driver.screenshot("side-by-side-lower", driver.workbenchShell());
		driver.ui().run(() -> {
			IWorkbenchPage page = driver.page();
			page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
			view.setChangedOnly(false);
			page.hideView(view);
		});
	}
}
