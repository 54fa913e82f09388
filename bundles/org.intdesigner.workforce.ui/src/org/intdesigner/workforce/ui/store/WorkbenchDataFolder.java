package org.intdesigner.workforce.ui.store;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/** The data folder the workbench runs on ({@code ~/.intdesigner}, or the one given with --data), when there is one. */
final class WorkbenchDataFolder {

	private WorkbenchDataFolder() {
	}

	/** {@code name} in the data folder; empty when the workbench has no data folder on disk. */
	static Optional<Path> resolve(String name) {
		Location instance = Platform.getInstanceLocation();
		if (instance != null && instance.isSet() && "file".equals(instance.getURL().getProtocol())) {
			return Optional.of(Path.of(instance.getURL().getPath()).resolve(name));
		}
		return Optional.empty();
	}
}
