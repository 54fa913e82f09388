package org.intdesigner.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Results worked out once a run, on the asking thread or started early on a thread of their own. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SharedResultsTest {

	@Test
	void aResultIsWorkedOutOnceAndSharedByEveryCaller() {
		SharedResults shared = new SharedResults();
		AtomicInteger runs = new AtomicInteger();
		Object first = shared.get("k", () -> {
			runs.incrementAndGet();
			return new Object();
		});
		assertSame(first, shared.get("k", () -> {
			runs.incrementAndGet();
			return new Object();
		}));
		assertEquals(1, runs.get());
	}

	@Test
	void workStartedEarlyRunsOnAnotherThreadAndGetWaitsForIt() throws Exception {
		SharedResults shared = new SharedResults();
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger runs = new AtomicInteger();
		String[] ranOn = new String[1];
		shared.startEarly("plan", () -> {
			ranOn[0] = Thread.currentThread().getName();
			release.await();
			runs.incrementAndGet();
			return "the plan";
		});
		shared.startEarly("plan", () -> "started twice"); // already under way: not started again
		release.countDown();
		assertEquals("the plan", shared.get("plan", () -> "worked out again"));
		assertEquals(1, runs.get());
		assertNotEquals(Thread.currentThread().getName(), ranOn[0]);
	}

	@Test
	void earlyWorkMayAskForAnotherSharedResultWithoutDeadlock() {
		SharedResults shared = new SharedResults();
		shared.startEarly("sufficiency", () -> {
			Thread.sleep(50);
			return 7;
		});
		shared.startEarly("training", () -> shared.<Integer, RuntimeException>get("sufficiency", () -> 0) * 2);
		// the asking thread works out a third result that asks for the second, while both run elsewhere
		int all = shared.get("all", () -> shared.<Integer, RuntimeException>get("training", () -> -1) + 1);
		assertEquals(15, all);
	}

	@Test
	void whatTheWorkThrewIsThrownToEveryCaller() {
		SharedResults shared = new SharedResults();
		shared.startEarly("skills", () -> {
			throw new MissingData("no skills assessments");
		});
		MissingData first = assertThrows(MissingData.class, () -> shared.get("skills", () -> "unused"));
		assertEquals("no skills assessments", first.getMessage());
		assertThrows(MissingData.class, () -> shared.get("skills", () -> "unused"));
		assertThrows(IllegalStateException.class, () -> shared.get("broken", () -> {
			throw new IllegalStateException("a bug");
		}));
	}
}
