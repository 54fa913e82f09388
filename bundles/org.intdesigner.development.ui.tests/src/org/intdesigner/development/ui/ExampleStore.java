package org.intdesigner.development.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.ui.store.ExampleWorkforceLoader;
import org.intdesigner.workforce.ui.store.WorkforceStores;

/**
 * Workforce stores for the tests, under target/: an empty one, or one given the example place's year of synthetic
 * data (staff, skills assessments, ...) as the first start of INT Designer gives it.
 */
final class ExampleStore {

	private static final Path ROOT = Paths.get("target", "development-ui").toAbsolutePath();

	private ExampleStore() {
	}

	/** Points the workbench at a new empty embedded store. */
	static void empty(String name) {
		use(name);
	}

	/** Points the workbench at a new embedded store holding the example's workforce data, skills included. */
	static void withExampleData(String name) throws InterruptedException {
		use(name);
		Job job = ExampleWorkforceLoader.schedule();
		job.join();
		IStatus result = job.getResult();
		if (!result.isOK()) {
			throw new AssertionError("the example workforce data did not load: " + result);
		}
		SkillRecordsSource.forget();
	}

	private static void use(String name) {
		WorkforceStores.get().close(); // it may have this folder open from an earlier test
		Path folder = ROOT.resolve(name);
		try {
			if (Files.exists(folder)) {
				try (Stream<Path> paths = Files.walk(folder)) {
					for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(path);
					}
				}
			}
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		WorkforceStores.get().useLocation(StoreLocation.embedded(folder.resolve("store")));
		SkillRecordsSource.forget();
	}
}
