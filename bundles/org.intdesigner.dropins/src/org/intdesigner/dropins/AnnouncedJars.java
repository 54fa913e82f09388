package org.intdesigner.dropins;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Properties;
import java.util.Set;

/**
 * The dropped-in jars whose installation was logged already, with the modification time then: kept in this
 * bundle's data area (the configuration folder), so that reinstalling the same jar at the next start stays quiet.
 * Without a data area (a framework without persistent storage) every installation is logged.
 */
final class AnnouncedJars {

	private final File file;
	private final Properties jars = new Properties();

	AnnouncedJars(File file) {
		this.file = file;
		if (file != null && file.isFile()) {
			try (InputStream in = Files.newInputStream(file.toPath())) {
				jars.load(in);
			} catch (IOException | IllegalArgumentException e) {
				jars.clear(); // unreadable: every jar is logged once more, nothing is lost
			}
		}
	}

	/** True the first time this jar, as modified then, is installed; remembers it. */
	boolean isNew(String location, long modified) {
		String stamp = Long.toString(modified);
		if (stamp.equals(jars.getProperty(location))) {
			return false;
		}
		jars.setProperty(location, stamp);
		save();
		return true;
	}

	/** Forgets the jars that are gone, so that one put back is logged again. */
	void keepOnly(Set<String> locations) {
		if (jars.keySet().retainAll(locations)) {
			save();
		}
	}

	private void save() {
		if (file == null) {
			return;
		}
		try (OutputStream out = Files.newOutputStream(file.toPath())) {
			jars.store(out, "dropped-in jars whose installation was logged (org.intdesigner.dropins)");
		} catch (IOException e) {
			// only the log's quiet suffers: the next start logs the installation again
		}
	}
}
