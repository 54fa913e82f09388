package org.intdesigner.ui.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PartInitException;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.SyntheticModels;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.ui.editor.ModelEditor;
import org.intdesigner.ui.emf.ItemContentProvider;
import org.intdesigner.ui.files.PathEditorInput;
import org.intdesigner.ui.model.ModelManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the editor half of {@code ./intd bench-model}. Opens a London-scale model in the
 * model editor of the real workbench and writes how long it took until the root and its folders
 * were on screen, and how long the biggest folder took to open, to target/benchmarks/editor.md.
 * Excluded from the normal test run by its tag. A smaller model (of more than one page of posts) and
 * fewer rounds with the system properties intd.bench.scale (a {@link SyntheticModels.Scale}) and
 * intd.bench.runs ({@code ./intd bench-model --quick}).
 */
@Tag("benchmark")
class EditorScaleBenchmark {

	private static final SyntheticModels.Scale SCALE = SyntheticModels.Scale
			.valueOf(System.getProperty("intd.bench.scale", "LONDON"));
	private static final int ROUNDS = Integer.getInteger("intd.bench.runs", 3);

	private final UiDriver driver = UiDriver.forWorkbench();

	@Test
	void openALondonScaleModel() throws IOException {
		Path folder = Paths.get("target", "benchmarks").toAbsolutePath();
		Files.createDirectories(folder);
		Path file = folder.resolve(SCALE.name().toLowerCase(Locale.ROOT) + ".intd");
		IntdModel generated = SyntheticModels.generate(SCALE, 42L);
		ModelFiles.saveNew(generated, file).unload();
		long size = Files.size(file);

		List<String> lines = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			System.gc();
			long start = System.nanoTime();
			driver.ui().run(() -> {
				try {
					ModelManager.INSTANCE.open(file); // what the editor does first: load, integrity check, index
				} catch (IOException e) {
					throw new AssertionError(e);
				}
			});
			long loaded = System.nanoTime();
			ModelEditor editor = open(file);
			int folders = driver.ui().call(() -> editor.getTree().getViewer().getTree().getItem(0).getItemCount());
			long rootShown = System.nanoTime();
			long expandStart = System.nanoTime();
			int posts = driver.ui().call(() -> {
				TreeItem postsFolder = findFolder(editor, "Posts");
				editor.getTree().getViewer().setExpandedState(postsFolder.getData(), true);
				TreeItem firstPage = postsFolder.getItem(0);
				editor.getTree().getViewer().setExpandedState(firstPage.getData(), true);
				editor.getTree().getViewer().getTree().update();
				return postsFolder.getItemCount() * firstPage.getItemCount();
			});
			long expanded = System.nanoTime();
			System.gc();
			Runtime rt = Runtime.getRuntime();
			long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
			assertTrue(folders >= 10, "the root shows its folders");
			assertEquals(SCALE.posts, posts);
			lines.add(String.format("| %d | %d ms | %d ms | %d ms | %d MB |", round + 1, (loaded - start) / 1_000_000,
					(rootShown - loaded) / 1_000_000, (expanded - expandStart) / 1_000_000, heapMb));
			driver.ui().run(() -> driver.page().closeAllEditors(false));
		}
		StringBuilder report = new StringBuilder();
		String scaleName = SCALE == SyntheticModels.Scale.LONDON ? "London" : SCALE.name();
		report.append(scaleName).append("-scale file: ").append(size / (1024 * 1024)).append(" MB, ")
				.append(SCALE.posts).append(" posts, opened in the model editor of the real workbench.\n\n");
		report.append("| round | open the file (load, integrity check, cross-reference index) | then editor and explorer showing the root and its folders | open the Posts folder (")
				.append((SCALE.posts + ItemContentProvider.PAGE - 1) / ItemContentProvider.PAGE)
				.append(" pages of 1,000) and its first page | heap after opening |\n");
		report.append("| --- | --- | --- | --- | --- |\n");
		lines.forEach(l -> report.append(l).append('\n'));
		Files.writeString(folder.resolve("editor.md"), report.toString());
		System.out.println(report);
	}

	private ModelEditor open(Path file) {
		return driver.ui().call(() -> {
			try {
				ModelEditor editor = (ModelEditor) driver.page().openEditor(new PathEditorInput(file), ModelEditor.ID);
				editor.getTree().getViewer().getTree().getItem(0).getItems(); // the root's folders exist
				editor.getTree().getViewer().getTree().update();
				return editor;
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	private static TreeItem findFolder(ModelEditor editor, String name) {
		for (TreeItem item : editor.getTree().getViewer().getTree().getItem(0).getItems()) {
			if (item.getText().startsWith(name + " (")) {
				return item;
			}
		}
		throw new AssertionError("no folder " + name);
	}
}
