package org.intdesigner.releng.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.io.LoadedModel;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.SyntheticModels;
import org.intdesigner.model.samples.SyntheticModels.Scale;

/**
 * Issue #3: how the product's .intd load and save compare with bare EMF on a London-scale model.
 * Prints the figures and writes them, as the "Model scale (issue #3)" section of
 * docs/benchmarks.md, to the file given as the first argument. The optional second and third
 * arguments are the scale (default LONDON) and the number of measured rounds (default 3):
 * {@code ./intd bench-model --quick} gives a smaller scale and one round.
 */
public final class ModelScaleBenchmark {

	private static final String SECTION = "## Model scale (issue #3)";
	private static final int DEFAULT_RUNS = 3;

	interface Step {
		Object run() throws Exception;
	}

	public static void main(String[] args) throws Exception {
		Path docs = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
		IntdPackage.eINSTANCE.getName(); // registers the package for bare loads
		Scale scale = args.length > 1 ? Scale.valueOf(args[1]) : Scale.LONDON;
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_RUNS;
		long t0 = System.nanoTime();
		IntdModel model = SyntheticModels.generate(scale, 1);
		double generate = (System.nanoTime() - t0) / 1e9;
		Path folder = Files.createTempDirectory("intd-bench");
		String fileName = scale.name().toLowerCase(Locale.ROOT);
		Path productFile = folder.resolve(fileName + ".intd");
		Path bareFile = folder.resolve(fileName + "-bare.xmi");
		Resource product = ModelFiles.createResource(ModelFiles.newResourceSet(), productFile);
		product.getContents().add(model);
		ModelFiles.save(product, productFile);
		long objects = 1;
		for (var it = model.eAllContents(); it.hasNext(); it.next()) {
			objects++;
		}
		long size = Files.size(productFile);
		System.out.printf("generated %s in %.1f s: %,d objects, file %.1f MB%n", scale, generate, objects, size / 1e6);

		XMIResourceImpl bare = new XMIResourceImpl(ModelFiles.uriOf(bareFile));
		Step bareSave = () -> {
			bare.getContents().add(model);
			try (OutputStream out = Files.newOutputStream(bareFile)) {
				bare.save(out, null);
			}
			return null;
		};
		Step productSave = () -> {
			product.getContents().add(model);
			ModelFiles.save(product, productFile);
			return null;
		};
		Step bareLoad = () -> {
			XMIResourceImpl resource = new XMIResourceImpl(ModelFiles.uriOf(productFile));
			resource.setIntrinsicIDToEObjectMap(new HashMap<>());
			// without deferred IDREF resolution every forward reference misses the id map and EMF
			// walks the whole tree for it: quadratic, over 15 minutes for this file
			resource.load(Map.of(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE));
			return resource;
		};
		Step productOpen = () -> {
			LoadedModel loaded = ModelFiles.load(productFile);
			loaded.resource().getResourceSet().eAdapters().add(new ECrossReferenceAdapter());
			return loaded;
		};
		Step productLoadOnly = () -> ModelFiles.load(productFile);

		// warm-up round, then the measured rounds, interleaved
		String[] names = { "bare EMF save", "ModelFiles.save", "bare EMF load", "ModelFiles.load (with integrity check)",
				"open as the product does (load + check + cross-reference index)" };
		Step[] steps = { bareSave, productSave, bareLoad, productLoadOnly, productOpen };
		double[][] times = new double[steps.length][rounds];
		for (int round = -1; round < rounds; round++) {
			for (int s = 0; s < steps.length; s++) {
				System.gc();
				long start = System.nanoTime();
				Object result = steps[s].run();
				double seconds = (System.nanoTime() - start) / 1e9;
				result = null;
				if (round >= 0) {
					times[s][round] = seconds;
				}
			}
			System.out.println("round " + (round < 0 ? "warm-up" : String.valueOf(round + 1)) + " done");
		}
		product.getContents().add(model);
		double[] medians = new double[steps.length];
		for (int s = 0; s < steps.length; s++) {
			double[] sorted = times[s].clone();
			Arrays.sort(sorted);
			medians[s] = sorted[rounds / 2];
		}

		// heap used with only the opened model (and its index) alive
		model.eResource().getContents().clear();
		LoadedModel opened = (LoadedModel) productOpen.run();
		long heap = heapUsed();
		long objectsLoaded = opened.integrity().objects();
		opened.resource().getResourceSet().getResources().clear();
		opened = null;
		long emptyHeap = heapUsed();

		double saveRatio = medians[1] / medians[0];
		double openRatio = medians[4] / medians[2];
		List<String> rows = new ArrayList<>();
		rows.add("| model | " + scale + " synthetic (seed 1): " + String.format(Locale.ROOT, "%,d", objects)
				+ " objects; " + scale.places + " places, " + scale.neighbourhoods + " neighbourhoods, "
				+ String.format(Locale.ROOT, "%,d teams, %,d posts, %,d accountability items, %,d RACI entries",
						scale.teams, scale.posts, scale.accountabilities, scale.raciEntries) + " | |");
		rows.add(String.format(Locale.ROOT, "| file size | %.1f MB | |", size / 1e6));
		rows.add(String.format(Locale.ROOT, "| generate (`SyntheticModels.generate`) | %.2f s | |", generate));
		for (int s = 0; s < steps.length; s++) {
			rows.add(String.format(Locale.ROOT, "| %s | %.2f s (%s) | |", names[s], medians[s], runs(times[s])));
		}
		rows.add(String.format(Locale.ROOT, "| save ratio (ModelFiles.save / bare save) | %.2fx | under 2x: %s |",
				saveRatio, saveRatio < 2 ? "met" : "MISSED"));
		rows.add(String.format(Locale.ROOT, "| open ratio (product open / bare load) | %.2fx | under 2x: %s |",
				openRatio, openRatio < 2 ? "met" : "MISSED"));
		rows.add(String.format(Locale.ROOT, "| heap used after open (after System.gc(), %,d objects, index included) | %.0f MB (after closing it: %.0f MB, which still holds the generated model) | under 1024 MB: %s |",
				objectsLoaded, heap / 1e6, emptyHeap / 1e6, heap < 1024L * 1024 * 1024 ? "met" : "MISSED"));
		String section = SECTION + "\n\nWritten by `./intd bench-model` on " + LocalDate.now() + " ("
				+ Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
				+ ", -Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m). Each time is "
				+ (rounds == 1 ? "one run" : "the median of " + rounds + " runs") + " after a warm-up round, in one JVM. Bare EMF: a plain `XMIResourceImpl` with default "
				+ "options, except that the load gets an intrinsic id map and `OPTION_DEFER_IDREF_RESOLUTION` (without "
				+ "them EMF resolves each forward id reference by a walk over the whole tree: the bare load did not "
				+ "finish in 15 minutes).\n\n| what | figure | goal |\n| --- | --- | --- |\n" + String.join("\n", rows) + "\n";
		System.out.println(section);
		write(docs, section);
		for (Path p : List.of(productFile, bareFile)) {
			Files.deleteIfExists(p);
		}
		Files.deleteIfExists(folder);
	}

	private static String runs(double[] times) {
		List<String> parts = new ArrayList<>();
		for (double t : times) {
			parts.add(String.format(Locale.ROOT, "%.2f", t));
		}
		return "runs " + String.join(" ", parts);
	}

	private static long heapUsed() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(100);
		}
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	/** Writes the section to its own file; ./intd bench-model puts it into docs/benchmarks.md. */
	static void write(Path out, String section) throws IOException {
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, section);
	}

}
