package org.intdesigner.app.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IViewPart;
import org.intdesigner.app.IntdIds;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.testsupport.ui.WidgetQuery;
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

	@Test
	void theSearchBoxFindsTheSectionsThatHoldTheWords() {
		driver.menus().select("Help", "Help Contents");
		Composite view = driver.viewComposite(IntdIds.VIEW_HELP);
		HelpContentsView help = (HelpContentsView) driver.ui().call(() -> driver.window().getActivePage().findView(IntdIds.VIEW_HELP));
		Text search = driver.find(WidgetQuery.of(Text.class).withToolTip("Search the help: pages holding every word typed"), view);
		driver.type(search, "suppressed people");
		Table results = driver.find(WidgetQuery.of(Table.class), view);
		driver.waitUntil(Condition.of("the sections found shown", () -> driver.ui().call(results::isVisible)));
		List<String> found = driver.ui().call(() -> Arrays.stream(results.getItems()).map(TableItem::getText).toList());
		assertTrue(found.contains("Workforce figures > How the figures are worked out"), found.toString());
		assertTrue(found.stream().noneMatch(label -> label.startsWith("Diagrams")), "every word must be there: " + found);
		driver.screenshot("help-search");
		driver.items().select(results, 0, "Workforce figures > How the figures are worked out");
		if (driver.ui().call(help::hasEmbeddedBrowser)) {
			driver.waitUntil(Condition.of("the section shown",
					() -> driver.ui().call(() -> help.getBrowser().getUrl()).endsWith("workforce.html#metrics")));
		}

		driver.type(search, "xyzzy");
		driver.waitUntil(Condition.of("nothing found said", () -> driver.ui().call(
				() -> results.getItemCount() == 1 && results.getItem(0).getText().equals("No help page holds \u201Cxyzzy\u201D"))));
		driver.type(search, "");
		Tree contents = driver.find(WidgetQuery.of(Tree.class).withToolTip("Help contents"), view);
		driver.waitUntil(Condition.of("the contents back", () -> driver.ui().call(contents::isVisible)));
		assertFalse(driver.ui().call(results::isVisible));
	}
}
