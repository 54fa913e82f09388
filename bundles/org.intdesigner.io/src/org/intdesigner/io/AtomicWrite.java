package org.intdesigner.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces a file a user may share whole or not at all: the bytes go to a temporary file in the
 * same folder (never elsewhere: a copy of a model in the system temp folder would outlive a crash and
 * be readable by others), which is forced to disk and renamed over the target. A replaced file keeps
 * its permissions (and group, where allowed); a new one gets those the user's umask gives. A crash
 * mid-write leaves the old file as it was; the hidden partial file it leaves ({@code .name.PID-N.writing})
 * is removed by the next write or read of that target, once the process that wrote it is gone.
 * <p>
 * Several files of one folder replaced together ({@link #writeAll}) cannot be renamed into place in
 * one step: once every new file is complete and on disk, a list of the renames to come is published
 * beside them ({@code .first-name.PID-N.replacing}) before the first rename. A crash between the
 * renames leaves the folder part old, part new, with that list; the next write or read of any of
 * its files ({@link #clearLeftovers}) finishes the renames first, so that what the program sees is
 * all new. A crash before the list is published leaves all the old files.
 */
public final class AtomicWrite {

	/** Writes the new content of the file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private static final String SUFFIX = ".writing";
	/** The list of the renames of a {@link #writeAll} under way. */
	private static final String RENAMES_SUFFIX = ".replacing";
	private static final String RENAMES_HEADER = "INT Designer: files to rename into place, then delete this list";
	private static final String RENAMES_END = "end";
	private static final long PID = ProcessHandle.current().pid();
	private static final SecureRandom RANDOM = new SecureRandom();
	/** The temporary files this process is writing now: never leftovers. */
	private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

	private AtomicWrite() {
	}

	public static void write(Path file, Content content) throws IOException {
		writeAll(Map.of(file, content));
	}

	/**
	 * Replaces several files together: every target is checked first, every new content is written
	 * to its temporary file next, and only then are they all renamed into place. A problem before the
	 * renames changes none of the files. When the files share a folder, the list of renames published
	 * before the first one lets the next write or read of any of them finish the renames a crash
	 * interrupted (see the class comment).
	 */
	public static void writeAll(Map<Path, Content> files) throws IOException {
		Map<Path, Path> temporaries = new LinkedHashMap<>();
		Path renames = null;
		try {
			for (Path file : files.keySet()) {
				Path target = file.toAbsolutePath().normalize();
				if (Files.isDirectory(target) || (Files.exists(target) && !Files.isWritable(target))) {
					throw new IOException(target + " cannot be replaced (it is a folder or read-only): nothing was written.");
				}
			}
			for (Map.Entry<Path, Content> entry : files.entrySet()) {
				Path target = entry.getKey().toAbsolutePath().normalize();
				clearLeftovers(target);
				temporaries.put(target, writeTemporary(target, entry.getValue()));
			}
			renames = publishRenames(temporaries);
			for (Map.Entry<Path, Path> entry : temporaries.entrySet()) {
				moveIntoPlace(entry.getValue(), entry.getKey());
			}
		} finally {
			if (renames != null) {
				Files.deleteIfExists(renames);
				WRITING.remove(renames);
			}
			for (Path temporary : temporaries.values()) {
				Files.deleteIfExists(temporary);
				WRITING.remove(temporary);
			}
		}
	}

	/**
	 * Finishes the renames of a {@link #writeAll} in {@code file}'s folder that a killed process left
	 * unfinished, then removes the partial files earlier writes of {@code file} left behind when their
	 * process was killed: those of processes no longer running (and unfinished ones of this process's
	 * past, none being written now). Files of a write under way elsewhere are left alone.
	 */
	public static void clearLeftovers(Path file) {
		Path target = file.toAbsolutePath().normalize();
		Path folder = target.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			return;
		}
		finishRenames(folder);
		Pattern own = Pattern.compile(Pattern.quote("." + target.getFileName() + ".") + "(?:(\\d+)-)?\\d+"
				+ Pattern.quote(SUFFIX));
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "." + glob(target.getFileName().toString())
				+ ".*" + SUFFIX)) {
			for (Path entry : entries) {
				Matcher matcher = own.matcher(entry.getFileName().toString());
				if (matcher.matches() && isLeftover(entry, matcher.group(1))) {
					Files.deleteIfExists(entry);
				}
			}
		} catch (IOException e) {
			// a folder that cannot be listed or an entry that cannot be removed: the write goes on
		}
	}

	private static boolean isLeftover(Path entry, String pid) {
		if (WRITING.contains(entry.toAbsolutePath().normalize())) {
			return false;
		}
		if (pid == null) {
			return true; // written by an earlier version, which named them without a process
		}
		long writer = Long.parseLong(pid);
		return writer == PID || ProcessHandle.of(writer).map(p -> !p.isAlive()).orElse(true);
	}

	/** One rename of a list: the temporary file, its target, and the target's state when the list was made. */
	private record Rename(Path temporary, Path target, String before) {
	}

	/**
	 * Publishes the list of the renames to come when there are several and they are all in one folder:
	 * written beside them, forced to disk, then renamed to its name; null when there is nothing to list.
	 * Each line is {@code temporary/target/state}, the state being the target's modification time and
	 * size then (or {@code absent}).
	 */
	private static Path publishRenames(Map<Path, Path> temporaries) throws IOException {
		if (temporaries.size() < 2) {
			return null;
		}
		Path first = temporaries.keySet().iterator().next();
		StringBuilder list = new StringBuilder(RENAMES_HEADER).append('\n');
		for (Map.Entry<Path, Path> entry : temporaries.entrySet()) {
			String target = entry.getKey().getFileName().toString();
			String temporary = entry.getValue().getFileName().toString();
			if (!entry.getKey().getParent().equals(first.getParent()) || target.contains("\n") || temporary.contains("\n")) {
				return null; // several folders: each file is still replaced whole, the set not
			}
			list.append(temporary).append('/').append(target).append('/').append(state(entry.getKey())).append('\n');
		}
		list.append(RENAMES_END).append('\n');
		Path draft = writeTemporary(first, out -> out.write(list.toString().getBytes(StandardCharsets.UTF_8)));
		String name = draft.getFileName().toString();
		Path renames = draft.resolveSibling(name.substring(0, name.length() - SUFFIX.length()) + RENAMES_SUFFIX);
		WRITING.add(renames);
		try {
			moveIntoPlace(draft, renames);
		} catch (IOException | RuntimeException e) {
			WRITING.remove(renames);
			throw e;
		} finally {
			Files.deleteIfExists(draft);
			WRITING.remove(draft);
		}
		return renames;
	}

	/** A file's modification time and size ({@code millis-size}), or {@code absent}. */
	private static String state(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			return attributes.lastModifiedTime().toMillis() + "-" + attributes.size();
		} catch (IOException e) {
			return "absent";
		}
	}

	/**
	 * Carries out the lists of renames in {@code folder} whose process is gone: each temporary file
	 * still there is renamed over its target (every one was complete before the list was published),
	 * unless the target has changed since the list was made (someone's later work: that file stays as
	 * it is, and its temporary file goes as a leftover); then the list is removed. A list that is not
	 * one, or names files that are not its process's partial files of that folder, is removed without
	 * renaming anything.
	 */
	private static void finishRenames(Path folder) {
		Pattern listName = Pattern.compile("\\..+\\.(\\d+)-\\d+" + Pattern.quote(RENAMES_SUFFIX));
		try (DirectoryStream<Path> lists = Files.newDirectoryStream(folder, ".*" + RENAMES_SUFFIX)) {
			for (Path list : lists) {
				Matcher matcher = listName.matcher(list.getFileName().toString());
				if (!matcher.matches() || !isLeftover(list, matcher.group(1))) {
					continue;
				}
				try {
					for (Rename rename : renamesOf(list, matcher.group(1))) {
						if (Files.exists(rename.temporary(), LinkOption.NOFOLLOW_LINKS) && state(rename.target()).equals(rename.before())) {
							moveIntoPlace(rename.temporary(), rename.target());
						}
					}
					Files.deleteIfExists(list);
				} catch (IOException e) {
					// left for the next write or read to finish
				}
			}
		} catch (IOException e) {
			// a folder that cannot be listed: nothing to finish here
		}
	}

	/** The renames a list names, all in the list's folder and of its process; empty when it is not such a list. */
	private static List<Rename> renamesOf(Path list, String pid) throws IOException {
		List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
		if (lines.size() < 2 || !lines.get(0).equals(RENAMES_HEADER) || !lines.get(lines.size() - 1).equals(RENAMES_END)) {
			return List.of();
		}
		List<Rename> renames = new ArrayList<>();
		for (String line : lines.subList(1, lines.size() - 1)) {
			String[] parts = line.split("/", -1);
			if (parts.length != 3 || parts[1].isEmpty() || !parts[0].matches(Pattern.quote("." + parts[1] + "." + pid + "-")
					+ "\\d+" + Pattern.quote(SUFFIX))) {
				return List.of();
			}
			renames.add(new Rename(list.resolveSibling(parts[0]), list.resolveSibling(parts[1]), parts[2]));
		}
		return renames;
	}

	private static String glob(String name) {
		return name.replaceAll("([\\[\\]{}*?\\\\])", "\\\\$1");
	}

	/** The content in a new file beside {@code target}, forced to disk, with the target's mode; deleted again on failure. */
	private static Path writeTemporary(Path target, Content content) throws IOException {
		Path folder = target.getParent();
		try {
			Files.createDirectories(folder);
		} catch (FileSystemException e) {
			throw cannotWrite(target, e);
		}
		Path temporary = createTemporary(target);
		try {
			try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.TRUNCATE_EXISTING)) {
				content.writeTo(out);
			}
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			keepModeOf(target, temporary);
			return temporary;
		} catch (IOException | RuntimeException | Error e) {
			Files.deleteIfExists(temporary);
			WRITING.remove(temporary);
			throw e;
		}
	}

	/** A new, empty file whose mode is what the umask gives (Files.createTempFile would make it 0600). */
	private static Path createTemporary(Path target) throws IOException {
		for (int attempt = 0;; attempt++) {
			long number = RANDOM.nextLong() & Long.MAX_VALUE;
			Path temporary = target.resolveSibling("." + target.getFileName() + "." + PID + "-" + number + SUFFIX);
			WRITING.add(temporary);
			try {
				Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
				return temporary;
			} catch (FileAlreadyExistsException e) {
				WRITING.remove(temporary);
				if (attempt > 10) {
					throw e;
				}
			} catch (FileSystemException e) {
				WRITING.remove(temporary);
				throw cannotWrite(target, e);
			}
		}
	}

	/** A replaced file keeps its permissions and, where the user may set it, its group. */
	private static void keepModeOf(Path target, Path temporary) throws IOException {
		PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
		PosixFileAttributeView fresh = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
		if (old == null || fresh == null) {
			return;
		}
		PosixFileAttributes attributes;
		try {
			attributes = old.readAttributes();
		} catch (NoSuchFileException e) {
			return; // a new file: the umask's mode stays
		}
		fresh.setPermissions(attributes.permissions());
		GroupPrincipal group = attributes.group();
		try {
			if (!group.equals(fresh.readAttributes().group())) {
				fresh.setGroup(group);
			}
		} catch (IOException e) {
			// not a member of that group: the file gets the user's own, as any new file would
		}
	}

	private static void moveIntoPlace(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		} catch (FileSystemException e) {
			throw cannotWrite(target, e);
		}
	}

	/** The failure said of the file the user named, not of the temporary one. */
	private static IOException cannotWrite(Path target, FileSystemException e) {
		String why = e instanceof AccessDeniedException ? "you may not write in the folder " + target.getParent()
				+ " (it is read-only or belongs to someone else)" : e.getReason() == null ? e.toString() : e.getReason();
		IOException explained = new IOException(target + " cannot be written: " + why + "; nothing was changed. Choose"
				+ " another folder, or make this one writable.");
		explained.initCause(e);
		return explained;
	}
}
