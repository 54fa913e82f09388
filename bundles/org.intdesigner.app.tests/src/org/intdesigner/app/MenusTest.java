package org.intdesigner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.testsupport.ui.WidgetQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The standard menus are there, wired to the workbench, and their dialogs open. */
@ExtendWith(UiTestExtension.class)
class MenusTest {

	private final UiDriver driver = UiDriver.forWorkbench();

	@AfterEach
	void closeDialogs() {
		driver.closeDialogs();
	}

	@Test
	void menuBarHasTheStandardMenus() {
		assertEquals(List.of("File", "Edit", "Window", "Help"), driver.menus().texts());
		assertTrue(driver.menus().texts("File").containsAll(List.of("New...", "Open File...", "Open Recent", "Close",
				"Close All", "Save", "Save As...", "Save All", "Import...", "Export...", "Print...", "Exit")),
				driver.menus().texts("File").toString());
		assertTrue(driver.menus().texts("Edit").containsAll(
				List.of("Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All")),
				driver.menus().texts("Edit").toString());
		assertTrue(driver.menus().texts("Window").containsAll(
				List.of("Open Perspective", "Show View", "Reset Perspective...", "Preferences...")),
				driver.menus().texts("Window").toString());
		assertTrue(driver.menus().texts("Help").containsAll(List.of("Help Contents", "Show Key Assist", "About INT Designer")),
				driver.menus().texts("Help").toString());
		assertTrue(driver.menus().texts("Window", "Open Perspective").containsAll(List.of("Design", "Workforce")),
				driver.menus().texts("Window", "Open Perspective").toString());
		assertTrue(driver.menus().texts("Window", "Show View").containsAll(List.of("Properties", "Outline", "Progress")),
				driver.menus().texts("Window", "Show View").toString());
	}

	@Test
	void perspectiveMenuSwitchesPerspective() {
		driver.menus().select("Window", "Open Perspective", "Workforce");
		driver.waitUntil(Condition.of("Workforce perspective active", () -> IntdIds.PERSPECTIVE_WORKFORCE
				.equals(driver.window().getActivePage().getPerspective().getId())));
		driver.menus().select("Window", "Open Perspective", "Design");
		driver.waitUntil(Condition.of("Design perspective active", () -> IntdIds.PERSPECTIVE_DESIGN
				.equals(driver.window().getActivePage().getPerspective().getId())));
	}

	@Test
	void aboutDialogNamesTheProduct() {
		driver.menus().select("Help", "About INT Designer");
		Shell about = driver.shell("About INT Designer");
		driver.screenshot("about-dialog");
		driver.click(driver.find(WidgetQuery.of(org.eclipse.swt.widgets.Button.class).withText("Close"), about));
		driver.waitUntil(Condition.of("About dialog closed", () -> about.isDisposed()));
	}

	@Test
	void preferencesShowTheDataFolderPage() {
		driver.menus().select("Window", "Preferences...");
		Shell preferences = driver.shell("Preferences");
		Tree pages = driver.find(WidgetQuery.of(Tree.class), preferences);
		driver.items().select(pages, "INT Designer");
		String folder = driver.textOf(driver.find(WidgetQuery.of(org.eclipse.swt.widgets.Text.class)
				.withLabel("Data folder"), preferences));
		assertEquals(new DataFolder(org.eclipse.core.runtime.Platform.getInstanceLocation()).describe(), folder);
		driver.items().select(pages, "INT Designer", "Keys");
		driver.screenshot("preferences-keys");
		driver.click(driver.button("Cancel"));
		driver.waitUntil(Condition.of("Preferences closed", () -> preferences.isDisposed()));
	}

	@Test
	void newWizardDialogOpens() {
		driver.menus().select("File", "New...");
		Shell wizard = driver.shell("New");
		driver.click(driver.find(WidgetQuery.of(org.eclipse.swt.widgets.Button.class).withText("Cancel"), wizard));
		driver.waitUntil(Condition.of("New dialog closed", () -> wizard.isDisposed()));
	}
}
