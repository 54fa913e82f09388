package org.intdesigner.app.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IViewPart;
import org.intdesigner.app.IntdIds;
import org.intdesigner.tests.ui.Condition;
import org.intdesigner.tests.ui.UiDriver;
import org.intdesigner.tests.ui.UiTestExtension;
import org.intdesigner.tests.ui.WidgetQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(UiTestExtension.class)
class HelpTest {

	private final UiDriver driver = UiDriver.forWorkbench();

	@Test
	void locatesTopicFilesInsideBundles() throws Exception {
		Optional<URL> topic = HelpTopicLocator.locate("/org.intdesigner.app/help/workbench.html#keys");
		assertTrue(topic.isPresent());
		assertEquals("keys", topic.get().getRef());
		Path page = Path.of(topic.get().getPath());
		assertTrue(Files.readString(page).contains("Menus and keyboard shortcuts"));
		assertTrue(Files.exists(page.resolveSibling("style.css")), "the page's style sheet is extracted with it");
		assertTrue(HelpTopicLocator.locate("/no.such.bundle/x.html").isEmpty());
		assertTrue(HelpTopicLocator.locate("/org.intdesigner.app/help/missing.html").isEmpty());
		assertTrue(HelpTopicLocator.locate("relative.html").isEmpty());
	}

	@Test
	void helpContentsShowsTheUserGuide() {
		driver.menus().select("Help", "Help Contents");
		driver.waitUntil(Condition.of("Help Contents view shown",
				() -> driver.window().getActivePage().findView(IntdIds.VIEW_HELP) != null));
		IViewPart view = driver.ui().call(() -> driver.window().getActivePage().findView(IntdIds.VIEW_HELP));
		Tree contents = driver.find(WidgetQuery.of(Tree.class).withToolTip("Help contents"),
				driver.viewComposite(IntdIds.VIEW_HELP));
		driver.items().select(contents, "INT Designer User Guide", "The workbench");
		HelpContentsView help = (HelpContentsView) view;
		if (driver.ui().call(help::hasEmbeddedBrowser)) {
			driver.waitUntil(Condition.of("topic loaded", () -> help.getBrowser().getUrl().endsWith("workbench.html")));
		}
		driver.screenshot("help-contents");
	}
}
