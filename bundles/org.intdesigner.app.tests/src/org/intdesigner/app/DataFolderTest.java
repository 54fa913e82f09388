package org.intdesigner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.service.datalocation.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder checks that keep two instances and unwritable folders from starting. */
class DataFolderTest {

	@TempDir
	Path temp;

	private static Location locationAt(Path folder) throws Exception {
		return Platform.getInstanceLocation().createLocation(null, folder.toUri().toURL(), false);
	}

	@Test
	void usableFolderIsLockedForThisProcess() throws Exception {
		DataFolder folder = new DataFolder(locationAt(temp.resolve("data")));
		try {
			assertEquals(Optional.empty(), folder.checkAndLock());
			assertTrue(Files.isDirectory(temp.resolve("data")), "folder created");
		} finally {
			folder.release();
		}
	}

	@Test
	void secondUserOfTheSameFolderIsToldItIsRunning() throws Exception {
		DataFolder first = new DataFolder(locationAt(temp));
		DataFolder second = new DataFolder(locationAt(temp));
		try {
			assertEquals(Optional.empty(), first.checkAndLock());
			Optional<StartupProblem> problem = second.checkAndLock();
			assertTrue(problem.isPresent(), "second lock refused");
			assertEquals(StartupProblem.EXIT_ALREADY_RUNNING, problem.get().exitCode());
			assertTrue(problem.get().sentence().contains(temp.toString()), problem.get().sentence());
		} finally {
			first.release();
		}
	}

	@Test
	void folderThatCannotBeCreatedIsReported() throws Exception {
		Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
		Optional<StartupProblem> problem = new DataFolder(locationAt(file.resolve("data"))).checkAndLock();
		assertTrue(problem.isPresent());
		assertEquals(StartupProblem.EXIT_DATA_FOLDER, problem.get().exitCode());
		assertTrue(problem.get().sentence().contains("--data DIR"), problem.get().sentence());
	}

	@Test
	void preferencesAreSavedInTheDataFolderNotTheCurrentDirectory() throws Exception {
		Path dataFolder = new DataFolder(Platform.getInstanceLocation()).path().orElseThrow();
		assertFalse(dataFolder.equals(Path.of("").toAbsolutePath()), "data folder is the working directory");
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode("org.intdesigner.app.tests.location");
		node.put("probe", "saved");
		node.flush();
		Path file = dataFolder.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/org.intdesigner.app.tests.location.prefs");
		assertTrue(Files.readString(file).contains("probe=saved"), file + " holds the preference");
	}
}
