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
 * catalogue's capabilities, each team requiring some) in the real workbench. Times opening the matrix (the model
 * already open, as after Show Skills in its editor) until it is painted, and scrolling it a page at a time down and
 * back with a paint after each step. Prints the figures and writes target/benchmarks/skills-matrix.md. Excluded from
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
		long[] opens = new long[ROUNDS + 1];
		long[] scrolls = new long[ROUNDS + 1];
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
				size[0] = editor.getMatrix().people().size();
				size[1] = editor.getMatrix().columns().size();
				int page = Math.max(1, table.getClientArea().height / table.getItemHeight());
				size[2] = page;
				start = System.nanoTime();
				int steps = 0;
				for (int top = 0; top < table.getItemCount(); top += page, steps++) {
					table.setTopIndex(top);
					table.update();
				}
				for (int top = table.getItemCount() - 1; top >= 0; top -= page, steps++) {
					table.setTopIndex(top);
					table.update();
				}
				scrolls[index] = (System.nanoTime() - start) / Math.max(1, steps);
				driver.page().closeEditor(editor, false);
			});
		}
		driver.ui().run(() -> ModelManager.INSTANCE.close(held));
		double open = median(Arrays.copyOfRange(opens, 1, opens.length)) / 1e6;
		double scroll = median(Arrays.copyOfRange(scrolls, 1, scrolls.length)) / 1e6;
		List<String> lines = new ArrayList<>();
		lines.add("| Skills matrix, synthetic neighbourhood | people (posts as designed) | capabilities | open until painted (median of "
				+ ROUNDS + ") | scroll one page and paint (median) |");
		lines.add("| --- | ---: | ---: | ---: | ---: |");
		lines.add(String.format(Locale.ROOT, "| NEIGHBOURHOOD, seed 42 | %d | %d | %.0f ms | %.1f ms |", size[0], size[1], open, scroll));
		Files.write(folder.resolve("skills-matrix.md"), lines);
		lines.forEach(System.out::println);
		assertTrue(size[0] >= 250, "a neighbourhood of about 300 people: " + size[0]);
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
	}
}
