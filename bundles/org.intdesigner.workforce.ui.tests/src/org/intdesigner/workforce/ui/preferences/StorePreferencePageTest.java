package org.intdesigner.workforce.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.testsupport.ui.WidgetQuery;
import org.intdesigner.workforce.ui.store.ServerPasswords;
import org.intdesigner.workforce.ui.store.StoreChoice;
import org.intdesigner.workforce.ui.store.StorePreferences;
import org.intdesigner.workforce.ui.store.TestPlaces;
import org.intdesigner.workforce.ui.store.TestServer;
import org.intdesigner.workforce.ui.store.WorkforceStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Preferences &gt; INT Designer &gt; Workforce Store through its widgets: server settings saved, the
 * password in secure storage only when the box is ticked, validation, and Test Connection against
 * a real workforce server.
 */
@ExtendWith(UiTestExtension.class)
class StorePreferencePageTest {

	private final UiDriver driver = UiDriver.forWorkbench();
	private StoreChoice before;
	private ISecurePreferences secure;
	private PreferenceDialog dialog;

	@BeforeEach
	void setUp() {
		before = StorePreferences.load();
		// the service keeps to a test store whatever the page saves, so nothing opens the saved server
		TestPlaces.freshStore("preferences-store");
		secure = TestPlaces.freshSecureStorage("preferences-secure");
	}

	@AfterEach
	void restore() throws Exception {
		driver.closeDialogs();
		StorePreferences.save(before);
	}

	private Shell open() {
		AtomicReference<PreferenceDialog> opened = new AtomicReference<>();
		driver.ui().async(() -> {
			opened.set(PreferencesUtil.createPreferenceDialogOn(driver.workbenchShell(), StorePreferencePage.ID, null, null));
			opened.get().open();
		});
		Shell shell = driver.shell("Preferences");
		dialog = opened.get();
		return shell;
	}

	private void fill(Shell shell, String label, String value) {
		driver.type(driver.find(WidgetQuery.of(Text.class).withLabel(label), shell), value);
	}

	private void saveAndClose() {
		driver.click(driver.button("Apply and Close"));
		driver.waitUntil(Condition.of("the preferences closed", () -> !driver.hasShell("Preferences")));
	}

	private void server(Shell shell, String host, String port, String database, String user, String password, boolean save) {
		driver.click(driver.find(WidgetQuery.of(Button.class).withText("Network server: a workforce server shared by a place"), shell));
		fill(shell, "Host:", host);
		fill(shell, "Port:", port);
		fill(shell, "Database name:", database);
		fill(shell, "User:", user);
		fill(shell, "Password:", password);
		Button box = driver.find(WidgetQuery.of(Button.class).withText("Save password in secure storage"), shell);
		if (driver.ui().call(box::getSelection) != save) {
			driver.click(box);
		}
	}

	private String errorMessage() {
		return driver.ui().call(() -> ((PreferencePage) dialog.getSelectedPage()).getErrorMessage());
	}

	@Test
	void serverSettingsAreSavedAndThePasswordOnlyWhenTicked() throws Exception {
		String node = ServerPasswords.nodePath("db.example:1600/place", "planner");
		Shell shell = open();
		server(shell, "db.example", "1600", "place", "planner", "first-password", false);
		saveAndClose();
		assertEquals(new StoreChoice(false, before.folder(), "db.example", 1600, "place", "planner", false),
				StorePreferences.load());
		assertFalse(secure.nodeExists(node), "unticked: the password is not written anywhere");
		StoreChoice saved = StorePreferences.load();
		assertEquals("first-password", new String(WorkforceStores.get().passwords().find(saved)), "kept for the session");

		shell = open();
		server(shell, "db.example", "1600", "place", "planner", "second-password", true);
		driver.screenshot("workforce-preferences", shell);
		saveAndClose();
		assertTrue(secure.nodeExists(node));
		assertEquals("second-password", secure.node(node).get("password", null));
		assertTrue(secure.node(node).isEncrypted("password"));

		shell = open();
		Button box = driver.find(WidgetQuery.of(Button.class).withText("Save password in secure storage"), shell);
		assertTrue(driver.ui().call(box::getSelection));
		driver.click(box);
		saveAndClose();
		assertFalse(secure.nodeExists(node), "unticked again: the saved password is removed");
	}

	@Test
	void wrongSettingsAreNamedOnThePage() throws Exception {
		Shell shell = open();
		server(shell, "db.example", "70000", "place", "planner", "", false);
		assertTrue(errorMessage().contains("1 to 65535"), errorMessage());
		Button ok = driver.button("Apply and Close");
		assertFalse(driver.ui().call(ok::isEnabled));
		fill(shell, "Port:", "1527");
		fill(shell, "Host:", "");
		assertTrue(errorMessage().contains("host name"), errorMessage());
		fill(shell, "Host:", "localhost");
		fill(shell, "User:", " ");
		assertTrue(errorMessage().contains("user name"), errorMessage());
		fill(shell, "User:", "planner");
		assertNull(errorMessage());
		driver.click(driver.find(WidgetQuery.of(Button.class).withText("Embedded: a data folder on this computer"), shell));
		Path file = Files.writeString(TestPlaces.freshFolder("preferences-file").resolve("not-a-folder.txt"), "a file");
		fill(shell, "Data folder:", file.toString());
		assertTrue(errorMessage().contains("is a file"), errorMessage());
		driver.click(driver.button("Cancel"));
	}

	@Test
	void testConnectionReportsTheSchemaVersionOrWhyNot() throws Exception {
		try (TestServer server = new TestServer("preferences-server")) {
			Shell shell = open();
			server(shell, "localhost", String.valueOf(server.port()), server.database(), TestServer.USER, server.password(),
					false);
			driver.click(driver.button("Test Connection"));
			assertTrue(report().startsWith("Connected"), report());
			assertTrue(report().contains("schema version"), report());
			driver.click(driver.button("OK"));
			driver.waitUntil(Condition.of("the report closed", () -> !driver.hasShell(ConnectionTest.TITLE)));

			fill(shell, "Password:", "not-the-password");
			driver.click(driver.button("Test Connection"));
			String refused = report();
			assertTrue(refused.contains("refused user 'planner'"), refused);
			driver.screenshot("workforce-preferences-refused", driver.shell(ConnectionTest.TITLE));
			driver.click(driver.button("OK"));
			driver.waitUntil(Condition.of("the report closed", () -> !driver.hasShell(ConnectionTest.TITLE)));
			driver.click(driver.button("Cancel"));
		}
	}

	/** The message of the Test Connection dialog, once it shows. */
	private String report() {
		Shell report = driver.shell(ConnectionTest.TITLE);
		return driver.textOf(driver.find(WidgetQuery.of(Label.class).matching("the message", l -> l.getText().length() > 20),
				report));
	}
}
