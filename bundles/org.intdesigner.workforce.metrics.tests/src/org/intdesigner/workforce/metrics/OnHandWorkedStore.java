package org.intdesigner.workforce.metrics;

import java.nio.file.Path;
import java.time.LocalDate;

import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests over {@link HandWorkedStore}: a fresh store per test class in its own temporary folder, and the year its
 * figures are worked out for. A class that needs more in it adds it in its own {@code @BeforeAll}, which runs after this one.
 */
abstract class OnHandWorkedStore {

	static final Period YEAR_2026 = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

	@TempDir
	static Path folder;
	static WorkforceStore store;

	@BeforeAll
	static void openHandWorkedStore() throws Exception {
		store = HandWorkedStore.create(folder.resolve("workforce"));
	}

	@AfterAll
	static void closeHandWorkedStore() {
		store.close();
	}
}
