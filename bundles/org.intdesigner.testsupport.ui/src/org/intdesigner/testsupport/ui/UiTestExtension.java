package org.intdesigner.testsupport.ui;

import java.nio.file.Path;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * JUnit 5 extension for UI tests: when a test fails it saves a screenshot of the whole screen to
 * target/screenshots/&lt;class&gt;.&lt;method&gt;.png and closes dialogs the test left open, so
 * the next test starts from the workbench window. Use with {@code @ExtendWith(UiTestExtension.class)}.
 */
public final class UiTestExtension implements TestWatcher {

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
		UiDriver driver = UiDriver.forWorkbench();
		Path shot = driver.screenshot("failed-" + name);
		System.err.println("UI test " + name + " failed; screenshot: " + shot);
		driver.closeDialogs();
	}
}
