package org.intdesigner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a user shares: replaced whole, with their mode; new ones with the umask's; the partial
 * files of a killed write cleared by the next one; errors that name the user's file.
 */
class AtomicWriteTest {

	@TempDir
	Path folder;

	private static AtomicWrite.Content text(String text) {
		return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String mode(Path file) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
	}

	private List<String> names() throws IOException {
		try (var entries = Files.list(folder)) {
			return entries.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void aReplacedFileKeepsItsMode() throws IOException {
		for (String mode : List.of("rw-r--r--", "rw-rw----", "rw-r-----")) {
			Path file = Files.writeString(folder.resolve("shared.intd"), "old");
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
			AtomicWrite.write(file, text("new"));
			assertEquals("new", Files.readString(file));
			assertEquals(mode, mode(file), "a colleague on the shared drive keeps access");
		}
	}

	@Test
	void aNewFileGetsTheModeTheUmaskGives() throws IOException {
		Path plain = Files.writeString(folder.resolve("plain.txt"), "made the ordinary way");
		Path file = folder.resolve("new.intd");
		AtomicWrite.write(file, text("new"));
		assertEquals(mode(plain), mode(file), "not 0600 as a temporary file would be");
	}

	@Test
	void nothingIsLeftBesideTheTargetAfterAWriteOrAFailedOne() throws IOException {
		Path file = folder.resolve("model.intd");
		AtomicWrite.write(file, text("one"));
		assertEquals(List.of("model.intd"), names());
		assertThrows(IOException.class, () -> AtomicWrite.write(file, out -> {
			out.write("half".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertEquals(List.of("model.intd"), names());
		assertEquals("one", Files.readString(file), "the old content stays");
	}

	@Test
	void leftoversOfAKilledWriteAreClearedByTheNextWriteOrRead() throws Exception {
		Path file = folder.resolve("model.intd");
		Files.writeString(file, "intact");
		Path dead = Files.writeString(folder.resolve(".model.intd.2147483646-77.writing"), "partial");
		Path older = Files.writeString(folder.resolve(".model.intd.8317520461.writing"), "partial, older naming");
		Path other = Files.writeString(folder.resolve(".other.intd.2147483646-1.writing"), "another file's");
		Process running = new ProcessBuilder("sleep", "30").start();
		try {
			Path alive = Files.writeString(folder.resolve(".model.intd." + running.pid() + "-5.writing"), "being written");
			AtomicWrite.clearLeftovers(file);
			assertFalse(Files.exists(dead), "a dead process's partial file goes");
			assertFalse(Files.exists(older));
			assertTrue(Files.exists(alive), "a write under way in a running process stays");
			assertTrue(Files.exists(other), "only the target's own leftovers");
			Files.writeString(dead, "partial again");
			AtomicWrite.write(file, text("saved"));
			assertFalse(Files.exists(dead), "a write clears them too");
		} finally {
			running.destroy();
		}
	}

	@Test
	void aReadOnlyFolderIsNamedNotTheTemporaryFile() throws IOException {
		Path locked = Files.createDirectories(folder.resolve("locked"));
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
		try {
			Assumptions.assumeFalse(Files.isWritable(locked), "root may write anywhere: run as another user to check this");
			IOException refused = assertThrows(IOException.class, () -> AtomicWrite.write(locked.resolve("model.intd"), text("x")));
			assertTrue(refused.getMessage().startsWith(locked.resolve("model.intd") + " cannot be written: you may not write"
					+ " in the folder " + locked), refused.getMessage());
			assertFalse(refused.getMessage().contains(".writing"), refused.getMessage());
		} finally {
			Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
	}

	@Test
	void aFolderThatCannotBeMadeIsNamedByTheTarget() throws IOException {
		Path notAFolder = Files.writeString(folder.resolve("notes"), "a file where a folder should be");
		Path target = notAFolder.resolve("model.intd");
		IOException refused = assertThrows(IOException.class, () -> AtomicWrite.write(target, text("x")));
		assertTrue(refused.getMessage().startsWith(target + " cannot be written"), refused.getMessage());
		assertFalse(refused.getMessage().contains(".writing"), refused.getMessage());
	}

	/** What AtomicWrite records of a file in a list of renames: its modification time and size. */
	private static String state(Path file) throws IOException {
		return Files.getLastModifiedTime(file).toMillis() + "-" + Files.size(file);
	}

	private static final String DEAD = "2147483646";

	private Path renames(String... lines) throws IOException {
		List<String> all = new java.util.ArrayList<>();
		all.add("INT Designer: files to rename into place, then delete this list");
		all.addAll(List.of(lines));
		all.add("end");
		return Files.write(folder.resolve(".a.csv." + DEAD + "-9.replacing"), all);
	}

	@Test
	void renamesAKilledProcessLeftUnfinishedAreFinishedByTheNextWriteOrRead() throws IOException {
		// killed after a.csv was renamed into place, before b.csv and c.csv were
		Files.writeString(folder.resolve("a.csv"), "new a");
		Path b = Files.writeString(folder.resolve("b.csv"), "old b");
		Path newB = Files.writeString(folder.resolve(".b.csv." + DEAD + "-2.writing"), "new b");
		Path newC = Files.writeString(folder.resolve(".c.csv." + DEAD + "-3.writing"), "new c");
		Path list = renames(".a.csv." + DEAD + "-1.writing/a.csv/1-1", ".b.csv." + DEAD + "-2.writing/b.csv/" + state(b),
				".c.csv." + DEAD + "-3.writing/c.csv/absent");
		AtomicWrite.clearLeftovers(folder.resolve("c.csv")); // e.g. a read of the folder's last file
		assertEquals("new a", Files.readString(folder.resolve("a.csv")));
		assertEquals("new b", Files.readString(b), "the interrupted renames are finished: the folder is all new");
		assertEquals("new c", Files.readString(folder.resolve("c.csv")));
		assertFalse(Files.exists(list) || Files.exists(newB) || Files.exists(newC));
		assertEquals(List.of("a.csv", "b.csv", "c.csv"), names());
	}

	@Test
	void aFileChangedSinceTheKillIsNotOverwritten() throws IOException {
		Path b = Files.writeString(folder.resolve("b.csv"), "old b");
		String before = state(b);
		Files.writeString(folder.resolve(".b.csv." + DEAD + "-2.writing"), "new b");
		Path list = renames(".b.csv." + DEAD + "-2.writing/b.csv/" + before);
		Files.writeString(b, "edited by hand after the crash");
		Files.setLastModifiedTime(b, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(b).toMillis() + 5000));
		AtomicWrite.clearLeftovers(b);
		assertEquals("edited by hand after the crash", Files.readString(b), "someone's later work stays");
		assertFalse(Files.exists(list));
		assertEquals(List.of("b.csv"), names(), "the unused new file goes as a leftover");
	}

	@Test
	void aListThatNamesOtherFilesMovesNothing() throws IOException {
		Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
		Path keep = Files.writeString(elsewhere.resolve("keep.txt"), "mine");
		Path b = Files.writeString(folder.resolve("b.csv"), "old b");
		Files.writeString(folder.resolve("notes.txt"), "not a partial file");
		Path list = renames("notes.txt/b.csv/" + state(b), "../elsewhere/keep.txt/b.csv/" + state(b));
		AtomicWrite.clearLeftovers(b);
		assertEquals("old b", Files.readString(b));
		assertEquals("mine", Files.readString(keep));
		assertTrue(Files.exists(folder.resolve("notes.txt")));
		assertFalse(Files.exists(list), "a list that is not one goes, unused");
	}

	@Test
	void theRenamesOfARunningProcessAreLeftAlone() throws IOException {
		Process running = new ProcessBuilder("sleep", "30").start();
		try {
			Path b = Files.writeString(folder.resolve("b.csv"), "old b");
			String pid = String.valueOf(running.pid());
			Path newB = Files.writeString(folder.resolve(".b.csv." + pid + "-2.writing"), "new b");
			Path list = Files.write(folder.resolve(".a.csv." + pid + "-9.replacing"), List.of(
					"INT Designer: files to rename into place, then delete this list", ".b.csv." + pid + "-2.writing/b.csv/" + state(b),
					"end"));
			AtomicWrite.clearLeftovers(b);
			assertEquals("old b", Files.readString(b), "that process is renaming them now");
			assertTrue(Files.exists(list) && Files.exists(newB));
		} finally {
			running.destroy();
		}
	}

	@Test
	void severalFilesAreReplacedTogether() throws IOException {
		AtomicWrite.writeAll(Map.of(folder.resolve("a.csv"), text("a"), folder.resolve("b.csv"), text("b")));
		assertEquals(List.of("a.csv", "b.csv"), names());
	}
}
