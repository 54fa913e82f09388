package org.intdesigner.workforce.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder open in another process (a child JVM here): a clear message naming the folder and
 * that process, no stack trace; once it has gone, the folder opens.
 */
class StoreInUseTest {

	@TempDir
	Path temp;

	@Test
	void aFolderOpenInAnotherProcessIsNamedWithThatProcess() throws Exception {
		StoreLocation.Embedded location = StoreLocation.embedded(temp.resolve("data"));
		try (ChildJvm other = ChildJvm.start("hold", location.folder().toString())) {
			other.waitFor("OPEN"::equals, 60);
			StoreInUseException e = assertThrows(StoreInUseException.class, () -> WorkforceStore.open(location));
			assertEquals(location.folder(), e.folder());
			assertTrue(e.getMessage().startsWith("The workforce data folder " + location.folder() + " is in use by another"
					+ " program (process " + other.pid()), e.getMessage());
			assertTrue(e.getMessage().contains("--db DIR"), e.getMessage());
			assertTrue(e.getMessage().contains("./intd workforce-server --db " + location.folder()), e.getMessage());
			assertTrue(!e.getMessage().contains("XSDB6") && !e.getMessage().contains("Exception"), e.getMessage());
			other.kill();
		}
		try (WorkforceStore store = WorkforceStore.open(location)) {
			assertEquals(Schema.latestVersion(), store.schemaVersion());
		}
	}
}
