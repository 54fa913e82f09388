package org.intdesigner.workforce.ui.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.intdesigner.workforce.example.ExampleWorkforceData;
import org.intdesigner.workforce.store.StoreTable;
import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The first start's example workforce data: an empty store of the workbench gets the four shipped
 * files, every row of them, and its listeners hear of it; a store that holds data is left alone,
 * so a second start (or a store the user filled) never gets the example twice.
 */
class ExampleWorkforceLoaderTest {

	@AfterEach
	void idle() {
		TestPlaces.freshStore("idle");
	}

	@Test
	void anEmptyStoreGetsTheExampleOnceAndOnlyOnce() throws Exception {
		TestPlaces.freshStore("example");
		AtomicInteger heard = new AtomicInteger();
		Runnable listener = heard::incrementAndGet;
		WorkforceStores.get().addListener(listener);
		try {
			IStatus first = run(ExampleWorkforceLoader.schedule());
			assertTrue(first.isOK(), first.toString());
			WorkforceStore store = WorkforceStores.get().store();
			assertEquals(dataRows("staff.csv"), store.rowCount(StoreTable.STAFF));
			assertEquals(dataRows("establishment.csv"), store.rowCount(StoreTable.ESTABLISHMENT));
			assertEquals(dataRows("absence.csv"), store.rowCount(StoreTable.ABSENCE));
			assertEquals(dataRows("survey.csv"), store.rowCount(StoreTable.SURVEY_RESPONSE));
			assertEquals(dataRows("skills.csv"), store.rowCount(StoreTable.SKILL));
			assertEquals(dataRows("questions.csv"), store.rowCount(StoreTable.SURVEY_QUESTION), "the survey came with its questions");
			assertTrue(store.rowCount(StoreTable.SURVEY_ANSWER) > dataRows("survey.csv"), "answers to the further questions");
			assertEquals(1, heard.get(), "the dashboard hears of the new data");

			IStatus second = run(ExampleWorkforceLoader.schedule());
			assertTrue(second.isOK(), second.toString());
			assertEquals(dataRows("staff.csv"), store.rowCount(StoreTable.STAFF), "not loaded twice");
			assertEquals(1, heard.get());
		} finally {
			WorkforceStores.get().removeListener(listener);
		}
	}

	private static IStatus run(Job job) throws InterruptedException {
		job.join();
		return job.getResult();
	}

	/** Lines of a shipped file after its header. */
	private static long dataRows(String file) throws IOException {
		try (InputStream in = ExampleWorkforceData.file(file).openStream()) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().skip(1)
					.filter(line -> !line.isBlank()).count();
		}
	}
}
