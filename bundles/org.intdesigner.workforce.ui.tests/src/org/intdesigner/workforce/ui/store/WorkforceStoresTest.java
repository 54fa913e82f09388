package org.intdesigner.workforce.ui.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.testsupport.ui.WidgetQuery;
import org.intdesigner.workforce.store.StoreException;
import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shared store: opened once where the preferences say, asked for a server password when none
 * is known (and again after a refusal), closed and announced when the preferences change.
 */
@ExtendWith(UiTestExtension.class)
class WorkforceStoresTest {

	private final UiDriver driver = UiDriver.forWorkbench();
	private final WorkforceStores stores = WorkforceStores.get();
	private StoreChoice before;

	@BeforeEach
	void remember() {
		before = StorePreferences.load();
	}

	@AfterEach
	void restore() throws Exception {
		driver.closeDialogs();
		stores.usePasswordPrompt(null);
		StorePreferences.save(before);
		TestPlaces.freshStore("idle"); // never the preferences' store, which could be ~/.intdesigner
	}

	@Test
	void theStoreIsOpenedOnceAndClosedWhenThePreferencesChange() throws Exception {
		TestPlaces.freshStore("once");
		AtomicInteger heard = new AtomicInteger();
		Runnable listener = heard::incrementAndGet;
		stores.addListener(listener);
		try {
			WorkforceStore first = stores.store();
			assertSame(first, stores.store(), "kept open");
			stores.dataChanged();
			assertEquals(1, heard.get());
			stores.preferencesChanged();
			assertEquals(2, heard.get());
			assertThrows(java.sql.SQLException.class, first::schemaVersion, "closed when the preferences changed");
			assertNotSame(first, stores.store());
		} finally {
			stores.removeListener(listener);
		}
	}

	@Test
	void aServerPasswordIsAskedForOnceAndAgainWhenRefused() throws Exception {
		ISecurePreferences secure = TestPlaces.freshSecureStorage("secure-asked");
		try (TestServer server = new TestServer("server-asked")) {
			StoreChoice choice = server.choice(false);
			StorePreferences.save(choice);
			stores.useLocation(null);
			List<String> answers = new ArrayList<>(List.of("not-the-password", server.password()));
			AtomicInteger asked = new AtomicInteger();
			stores.usePasswordPrompt((c, why) -> {
				asked.incrementAndGet();
				return answers.remove(0).toCharArray();
			});
			StoreException refused = assertThrows(StoreException.class, stores::store);
			assertTrue(refused.getMessage().contains("refused user 'planner'"), refused.getMessage());
			WorkforceStore store = stores.store();
			assertEquals(2, asked.get(), "asked again after the refusal");
			assertTrue(store.schemaVersion() > 0);
			stores.preferencesChanged();
			stores.store();
			assertEquals(2, asked.get(), "known for the session");
			assertArrayEquals(server.password().toCharArray(), stores.passwords().find(choice));
			assertFalse(secure.nodeExists(ServerPasswords.nodePath(choice.server(), TestServer.USER)),
					"not saved: the box is not ticked");
			stores.close();
		}
	}

	@Test
	void thePasswordDialogAsksForAnUnknownPassword() throws Exception {
		TestPlaces.freshSecureStorage("secure-dialog");
		try (TestServer server = new TestServer("server-dialog")) {
			StorePreferences.save(server.choice(false));
			stores.useLocation(null);
			CompletableFuture<WorkforceStore> opening = CompletableFuture.supplyAsync(() -> {
				try {
					return stores.store();
				} catch (StoreException e) {
					throw new IllegalStateException(e.getMessage(), e);
				}
			});
			Shell dialog = driver.shell(PasswordDialog.TITLE);
			driver.type(driver.find(WidgetQuery.of(Text.class).withLabel("Password:"), dialog), server.password());
			driver.click(driver.button("Connect"));
			assertTrue(opening.get(30, TimeUnit.SECONDS).schemaVersion() > 0);
			stores.close();
		}
	}
}
