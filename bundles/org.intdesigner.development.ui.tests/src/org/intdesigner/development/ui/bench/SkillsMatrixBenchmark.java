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

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PartInitException;
import org.intdesigner.development.ui.ShowSkillsHandler;
import org.intdesigner.development.ui.SkillsMatrixEditor;
import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.SyntheticModels;
import org.intdesigner.tests.ui.UiDriver;
import org.intdesigner.ui.model.ModelManager;
import org.intdesigner.ui.model.OpenModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the skills matrix of a synthetic neighbourhood of 300 posts (each designed with one to four of the
 * catalogue's capabilities, each team requiring some) in the real workbench, 1400 x 900. Times opening the matrix (the
 * model already open, as after Show Skills in its editor) until it is painted, working it out again (as after an
 * edit), and, the matrix maximized, scrolling it a page at a time down and back, each step until the display has
 * painted the rows then visible. Prints the figures and writes target/benchmarks/skills-matrix.md. Excluded from
 * the test suite by its tag; rounds with the system property intd.bench.runs.
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
		driver.ui().run(() -> driver.workbenchShell().setBounds(0, 0, 1400, 900));
		long[] opens = new long[ROUNDS + 1];
		long[] scrolls = new long[ROUNDS + 1];
		long[] refreshes = new long[ROUNDS + 1];
		long[] cells = new long[ROUNDS + 1];
		int[] size = new int[3];
		for (int round = 0; round <= ROUNDS; round++) { // round 0 warms the JIT
			int index = round;
			driver.ui().run(() -> {
				long start = System.nanoTime();
				SkillsMatrixEditor editor;
				try {
					editor = ShowSkillsHandler.open(driver.page(), file, neighbourhood);
				} catch (PartInitException e) {
					throw new AssertionError(e);
				}
				Table table = editor.tableControl();
				table.getShell().update();
				opens[index] = System.nanoTime() - start;
				driver.page().setPartState(driver.page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
				size[0] = editor.getMatrix().people().size();
				size[1] = editor.getMatrix().columns().size();
				start = System.nanoTime();
				editor.refresh();
				refreshes[index] = System.nanoTime() - start;
				int page = Math.max(1, table.getClientArea().height / table.getItemHeight());
				size[2] = page;
				// each step scrolls a page and lets the display paint what is then visible (rows made, cells painted)
				int[] painted = new int[1];
				org.eclipse.swt.widgets.Listener count = e -> painted[0]++;
				table.addListener(SWT.PaintItem, count);
				try {
					settle(table);
					painted[0] = 0;
					start = System.nanoTime();
					int steps = 0;
					for (int top = 0; top < table.getItemCount(); top += page, steps++) {
						scrollTo(table, top, painted);
					}
					for (int top = table.getItemCount() - 1; top >= 0; top -= page, steps++) {
						scrollTo(table, top, painted);
					}
					scrolls[index] = (System.nanoTime() - start) / Math.max(1, steps);
					cells[index] = painted[0] / Math.max(1, steps);
				} finally {
					table.removeListener(SWT.PaintItem, count);
				}
				driver.page().setPartState(driver.page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
				driver.page().closeEditor(editor, false);
			});
		}
		driver.ui().run(() -> ModelManager.INSTANCE.close(held));
		double open = median(Arrays.copyOfRange(opens, 1, opens.length)) / 1e6;
		double scroll = median(Arrays.copyOfRange(scrolls, 1, scrolls.length)) / 1e6;
		double refresh = median(Arrays.copyOfRange(refreshes, 1, refreshes.length)) / 1e6;
		List<String> lines = new ArrayList<>();
		lines.add("| Skills matrix, synthetic neighbourhood | people (posts as designed) | capabilities | open until painted (median of "
				+ ROUNDS + ") | of which worked out and shown again (after an edit) | scroll a page and paint it (median) | cells painted a page |");
		lines.add("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
		lines.add(String.format(Locale.ROOT, "| NEIGHBOURHOOD, seed 42 | %d | %d | %.0f ms | %.0f ms | %.1f ms | %d |", size[0], size[1],
				open, refresh, scroll, cells[ROUNDS]));
		Files.write(folder.resolve("skills-matrix.md"), lines);
		lines.forEach(System.out::println);
		assertTrue(size[0] >= 250, "a neighbourhood of about 300 people: " + size[0]);
	}

	/** Paints what is pending and handles the events that follow, as the event loop would. */
	private static void settle(Table table) {
		table.update();
		while (table.getDisplay().readAndDispatch()) {
			// until idle
		}
	}

	/**
	 * Scrolls to a row and runs the event loop until the display has painted the cells of the rows now visible (or a
	 * second has gone by): the time a person waits for the page, the display's next frame included.
	 */
	private static void scrollTo(Table table, int top, int[] painted) {
		int before = painted[0];
		table.setTopIndex(top);
		long until = System.nanoTime() + 1_000_000_000L;
		int visible = Math.min(table.getItemCount() - top, table.getClientArea().height / table.getItemHeight());
		while (painted[0] - before < Math.max(1, visible - 2) && System.nanoTime() < until) {
			if (!table.getDisplay().readAndDispatch()) {
				try {
					Thread.sleep(1);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
		settle(table);
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
	}
}
