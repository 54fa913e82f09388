package org.intdesigner.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.URIUtil;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * The user's data folder (by default {@code ~/.intdesigner}): the workbench's instance location,
 * where preferences, window layout and the embedded workforce database live. The launcher sets
 * it with {@code -data}; the product's default is {@code @user.home/.intdesigner}.
 */
public final class DataFolder {

	private final Location location;

	public DataFolder(Location location) {
		this.location = location;
	}

	/** The folder on disk, or empty when the instance location is not a local folder. */
	public Optional<Path> path() {
		if (location == null || location.getURL() == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Path.of(URIUtil.toURI(location.getURL())));
		} catch (URISyntaxException | IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	public String describe() {
		return path().map(Path::toString).orElse(String.valueOf(location == null ? null : location.getURL()));
	}

	/**
	 * Checks the folder can be created and written, then takes the lock that keeps a second
	 * INT Designer away from the same folder.
	 */
	public Optional<StartupProblem> checkAndLock() {
		Optional<Path> folder = path();
		if (folder.isEmpty() || location.isReadOnly() || !canWrite(folder.get())) {
			return Optional.of(StartupProblem.dataFolderNotWritable(describe()));
		}
		try {
			if (!location.lock()) {
				return Optional.of(StartupProblem.alreadyRunning(describe()));
			}
		} catch (IOException e) {
			// a lock that cannot even be attempted means the folder is not usable for writing
			return Optional.of(StartupProblem.dataFolderNotWritable(describe()));
		}
		return Optional.empty();
	}

	public void release() {
		if (location != null) {
			location.release(); // a no-op when this process holds no lock
		}
	}

	static boolean canWrite(Path folder) {
		try {
			Files.createDirectories(folder);
			Path probe = Files.createTempFile(folder, ".write-check", ".tmp");
			Files.delete(probe);
			return true;
		} catch (IOException | SecurityException e) {
			return false;
		}
	}
}
