package org.intdesigner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewDescriptor;
import org.intdesigner.testsupport.ui.ErrorLogRecorder;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Opens every perspective and every view of the product and checks that nothing reached the error log. */
@ExtendWith(UiTestExtension.class)
class WorkbenchSmokeTest {

	/** Registered by org.eclipse.ui for the welcome page; only the intro manager may open it, and the product has no intro. */
	private static final String INTRO_VIEW = "org.eclipse.ui.internal.introview";

	private final UiDriver driver = UiDriver.forWorkbench();

	@Test
	void productIsBranded() {
		assertEquals("INT Designer", driver.ui().call(() -> Platform.getProduct().getName()));
		assertEquals("org.intdesigner.app.product", driver.ui().call(() -> Platform.getProduct().getId()));
		assertTrue(driver.ui().call(() -> driver.workbenchShell().getImages().length) >= 5, "window icons set");
	}

	@Test
	void opensEveryPerspectiveAndViewWithoutErrors() throws IOException {
		List<String> perspectives = driver.ui().call(() -> Arrays
				.stream(PlatformUI.getWorkbench().getPerspectiveRegistry().getPerspectives())
				.map(IPerspectiveDescriptor::getId).toList());
		assertTrue(perspectives.containsAll(List.of(IntdIds.PERSPECTIVE_DESIGN, IntdIds.PERSPECTIVE_WORKFORCE)),
				perspectives.toString());
		List<String> views = driver.ui().call(() -> Arrays
				.stream(PlatformUI.getWorkbench().getViewRegistry().getViews()).map(IViewDescriptor::getId)
				.filter(id -> !INTRO_VIEW.equals(id)).toList());
		assertTrue(views.containsAll(List.of(IntdIds.VIEW_PROPERTIES, IntdIds.VIEW_OUTLINE, IntdIds.VIEW_PROGRESS,
				IntdIds.VIEW_HELP)), views.toString());

		try (ErrorLogRecorder errors = ErrorLogRecorder.start()) {
			for (String perspective : perspectives) {
				driver.openPerspective(perspective);
				for (String viewId : views) {
					IViewPart view = driver.showView(viewId);
					assertEquals(viewId, driver.ui().call(() -> view.getSite().getId()));
					driver.ui().flush();
				}
				driver.screenshot("perspective-" + perspective.substring(perspective.lastIndexOf('.') + 1));
				driver.ui().run(() -> driver.window().getActivePage().resetPerspective());
			}
			driver.openPerspective(IntdIds.PERSPECTIVE_DESIGN);
			assertTrue(errors.errors().isEmpty(), "errors logged:\n" + errors.describe());
		}
		assertNoErrorsInLogFile();
	}

	/** Errors logged before a recorder could listen (e.g. at start-up) are in the log file. */
	private static void assertNoErrorsInLogFile() throws IOException {
		Path log = Platform.getLogFileLocation().toPath();
		if (!Files.exists(log)) {
			return;
		}
		List<String> errorEntries = Files.readAllLines(log).stream()
				.filter(line -> line.startsWith("!ENTRY") && line.split(" ").length > 2 && line.split(" ")[2].equals("4"))
				.toList();
		assertFalse(!errorEntries.isEmpty(), "error entries in " + log + ":\n" + String.join("\n", errorEntries)
				+ "\n" + Files.readString(log));
	}
}
