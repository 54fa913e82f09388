package org.intdesigner.workforce.ui.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.intdesigner.workforce.store.StoreLocation;
import org.junit.jupiter.api.Test;

/** The store chosen in the preferences: its checks, its location, the key of its password. */
class StoreChoiceTest {

	private static StoreChoice server(String host, int port, String database, String user) {
		return new StoreChoice(false, Path.of("unused"), host, port, database, user, false);
	}

	@Test
	void aServerNeedsHostPortDatabaseAndUser() {
		assertNull(server("db.example", 1527, "workforce", "planner").problem());
		assertTrue(server(" ", 1527, "workforce", "planner").problem().contains("host name"));
		assertTrue(server("db.example", 0, "workforce", "planner").problem().contains("1 to 65535"));
		assertTrue(server("db.example", 65536, "workforce", "planner").problem().contains("1 to 65535"));
		assertTrue(server("db.example", 1527, "", "planner").problem().contains("name of the database"));
		assertTrue(server("db.example", 1527, "workforce", "").problem().contains("user name"));
	}

	@Test
	void aDataFolderMustNotBeAFile() throws Exception {
		Path file = Files.writeString(TestPlaces.freshFolder("choice").resolve("file.txt"), "x");
		StoreChoice choice = new StoreChoice(true, file, "", 0, "", "", false);
		assertEquals(file + " is a file: choose a folder for the workforce data.", choice.problem());
		assertNull(new StoreChoice(true, file.getParent().resolve("new"), "", 0, "", "", false).problem(),
				"a folder that does not exist yet is made");
	}

	@Test
	void theLocationAndThePasswordKeyNameTheServerDatabase() {
		StoreChoice choice = server(" db.example ", 1600, "place", " planner ");
		assertEquals("db.example:1600/place", choice.server());
		StoreLocation.Server location = (StoreLocation.Server) choice.location("pw".toCharArray());
		assertEquals("db.example", location.host());
		assertEquals("planner", location.user());
		assertEquals("org.intdesigner.workforce.ui/server/db.example:1600\\2fplace/planner",
				ServerPasswords.nodePath(choice.server(), "planner"));
		// the workforce folder of the workbench's data folder (--data), not always ~/.intdesigner
		assertEquals(java.nio.file.Path.of(org.eclipse.core.runtime.Platform.getInstanceLocation().getURL().getPath())
				.resolve("workforce"), StoreChoice.defaults().folder());
		assertEquals(1527, StoreChoice.defaults().port());
	}
}
