package org.intdesigner.reports.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.OperationCanceledException;
import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportSection;
import org.intdesigner.reports.SectionWriter;

/**
 * A section of the tests that, while a test holds it, keeps working until the report is cancelled
 * (as a long section would), so that a test can press Cancel while a report is being made.
 */
public final class HeldSection implements ReportSection {

	static final AtomicBoolean HOLD = new AtomicBoolean();
	static volatile CountDownLatch started = new CountDownLatch(1);

	@Override
	public void write(ReportContext context, SectionWriter out) throws InterruptedException {
		out.paragraph("Held: " + HOLD.get());
		if (!HOLD.get()) {
			return;
		}
		started.countDown();
		long until = System.nanoTime() + 60_000_000_000L;
		while (System.nanoTime() < until) {
			if (context.cancelled()) {
				throw new OperationCanceledException();
			}
			Thread.sleep(20);
		}
		throw new IllegalStateException("The test held this section for a minute and never cancelled the report.");
	}
}
