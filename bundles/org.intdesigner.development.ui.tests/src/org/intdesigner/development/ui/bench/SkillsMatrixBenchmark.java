package org.intdesigner.development.ui.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PartInitException;
import org.intdesigner.development.ui.ShowSkillsHandler;
import org.intdesigner.development.ui.SkillsMatrixEditor;
import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.SyntheticModels;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.ui.model.ModelManager;
import org.intdesigner.ui.model.OpenModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the skills matrix of a synthetic neighbourhood of 300 posts (each designed with one to four of the
 * catalogue's capabilities, each team requiring some) in the real workbench. Times opening the matrix (the model
 * already open, as after Show Skills in its editor) until it is painted, working it out again (as after an edit), and
 * scrolling it a page at a time down and back: each step from setting the top row until the display has painted the
 * cells of the rows then visible, with the workbench's own event loop running. Prints the figures and writes
 * target/benchmarks/skills-matrix.md. Excluded from the test suite by its tag; rounds with intd.bench.runs.
 */
@Tag("benchmark")
class SkillsMatrixBenchmark {

	private static final int ROUNDS = Integer.getInteger("intd.bench.runs", 5);

	private final UiDriver driver = UiDriver.forWorkbench();

	@Test
	void matrixOfA300PersonNeighbourhood() throws IOException {
		Path folder = Paths.get("target", "benchmarks").toAbsolutePath();
		Files.createDirectories(folder);
		Path file = folder.resolve("neighbourhood-skills.intd");
		IntdModel generated = SyntheticModels.generate(SyntheticModels.Scale.NEIGHBOURHOOD, 42L);
		ModelFiles.saveNew(generated, file).unload();
		OpenModel held = driver.ui().call(() -> {
			try {
				return ModelManager.INSTANCE.open(file); // the model's editor holds it open, as when Show Skills is used
			} catch (IOException e) {
				throw new AssertionError(e);
			}
		});
		Area neighbourhood = driver.ui().call(() -> {
			for (var contents = held.getModel().eAllContents(); contents.hasNext();) {
				if (contents.next() instanceof Area area && area.getKind() == AreaKind.NEIGHBOURHOOD) {
					return area;
				}
			}
			throw new AssertionError("no neighbourhood");
		});
		long[] opens = new long[ROUNDS + 1];
		long[] refreshes = new long[ROUNDS + 1];
		long[] scrolls = new long[ROUNDS + 1];
		int[] size = new int[4];
		for (int round = 0; round <= ROUNDS; round++) { // round 0 warms the JIT
			int index = round;
			SkillsMatrixEditor editor = driver.ui().call(() -> {
				long start = System.nanoTime();
				SkillsMatrixEditor opened;
				try {
					opened = ShowSkillsHandler.open(driver.page(), file, neighbourhood);
				} catch (PartInitException e) {
					throw new AssertionError(e);
				}
				opened.tableControl().getShell().update();
				opens[index] = System.nanoTime() - start;
				start = System.nanoTime();
				opened.refresh();
				refreshes[index] = System.nanoTime() - start;
				size[0] = opened.getMatrix().people().size();
				size[1] = opened.getMatrix().columns().size();
				return opened;
			});
			Table table = driver.ui().call(editor::tableControl);
			AtomicInteger painted = new AtomicInteger();
			Listener count = e -> painted.incrementAndGet();
			driver.ui().run(() -> table.addListener(SWT.PaintItem, count));
			int rows = driver.ui().call(table::getItemCount);
			int page = driver.ui().call(() -> Math.max(1, table.getClientArea().height / table.getItemHeight()));
			size[2] = page;
			List<Integer> tops = new ArrayList<>();
			for (int top = page; top < rows; top += page) {
				tops.add(top);
			}
			for (int top = rows - 1 - page; top >= 0; top -= page) {
				tops.add(top);
			}
			long total = 0;
			int cells = 0;
			for (int top : tops) {
				painted.set(0);
				long start = System.nanoTime();
				driver.ui().run(() -> table.setTopIndex(top));
				long until = System.nanoTime() + 2_000_000_000L;
				while (painted.get() < size[1] && System.nanoTime() < until) { // at least a row's cells
					Thread.onSpinWait();
				}
				total += System.nanoTime() - start;
				cells += painted.get();
			}
			scrolls[index] = total / Math.max(1, tops.size());
			size[3] = cells / Math.max(1, tops.size());
			driver.ui().run(() -> {
				table.removeListener(SWT.PaintItem, count);
				driver.page().closeEditor(editor, false);
			});
		}
		driver.ui().run(() -> ModelManager.INSTANCE.close(held));
		double open = median(Arrays.copyOfRange(opens, 1, opens.length)) / 1e6;
		double refresh = median(Arrays.copyOfRange(refreshes, 1, refreshes.length)) / 1e6;
		double scroll = median(Arrays.copyOfRange(scrolls, 1, scrolls.length)) / 1e6;
		List<String> lines = new ArrayList<>();
		lines.add("| Skills matrix, synthetic neighbourhood (seed 42) | median of " + ROUNDS + " |");
		lines.add("| --- | ---: |");
		lines.add("| people (posts as designed) x capabilities | " + size[0] + " x " + size[1] + " |");
		lines.add(String.format(Locale.ROOT, "| open, until painted | %.0f ms |", open));
		lines.add(String.format(Locale.ROOT, "| worked out again and shown (as after an edit) | %.0f ms |", refresh));
		lines.add(String.format(Locale.ROOT, "| scroll a page (%d rows) until its cells are painted | %.1f ms (%d cells painted) |", size[2],
				scroll, size[3]));
		Files.write(folder.resolve("skills-matrix.md"), lines);
		lines.forEach(System.out::println);
		assertTrue(size[0] >= 250, "a neighbourhood of about 300 people: " + size[0]);
		assertTrue(size[3] > 0, "the scrolled pages were painted");
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
	}
}
