package org.intdesigner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.intdesigner.model.Area;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.SyntheticModels;
import org.intdesigner.reports.Audience;
import org.intdesigner.reports.engine.ReportDocument;
import org.intdesigner.reports.engine.ReportRequest;
import org.intdesigner.reports.engine.Reports;
import org.intdesigner.reports.engine.SectionContent;
import org.intdesigner.reports.engine.SectionDescriptor;
import org.intdesigner.reports.engine.SectionRegistry;
import org.intdesigner.reports.render.ReportFiles;
import org.intdesigner.reports.render.ReportFormat;
import org.intdesigner.workforce.example.SyntheticWorkforce;
import org.intdesigner.workforce.example.WorkforceCsv;
import org.intdesigner.workforce.imports.ImportInput;
import org.intdesigner.workforce.imports.ImportKind;
import org.intdesigner.workforce.imports.ImportOptions;
import org.intdesigner.workforce.imports.ImportSummary;
import org.intdesigner.workforce.imports.WorkforceImporter;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the place assurance pack at London scale (issue #20; run by ./intd bench-reports). The synthetic
 * LONDON model (32 places, 40,000 posts: about 1,250 a place) saved as an .intd file, with a year of synthetic
 * workforce data for its posts (SyntheticWorkforce: staff, establishment, absence, skills, survey) imported into an
 * embedded store under target/. Then, as ./intd report does (ReportJob, the installed sections of the board
 * template): one place's board pack as PDF, first in the JVM (what a user's ./intd report waits for, less the start);
 * and all 32 places in one run (--scope all-places), with the heap in use after each place (after a collection) to
 * show that nothing is kept from place to place. Writes target/benchmarks/reports.md. Smaller with intd.bench.scale
 * (./intd bench-reports --quick).
 */
@Tag("benchmark")
class ReportsScaleBenchmark {

	private static final SyntheticModels.Scale SCALE = SyntheticModels.Scale
			.valueOf(System.getProperty("intd.bench.scale", "LONDON"));
	private static final LocalDate DAY = LocalDate.of(2026, 4, 15);

	@Test
	void reportsAtLondonScale() throws Exception {
		Path work = Paths.get("target", "bench-reports").toAbsolutePath();
		delete(work);
		Files.createDirectories(work);
		long start = System.nanoTime();
		IntdModel model = SyntheticModels.generate(SCALE, 1L);
		Path modelFile = work.resolve("london.intd");
		ModelFiles.saveNew(model, modelFile);
		SyntheticWorkforce.Data data = SyntheticWorkforce.generate(model, YearMonth.of(2025, 4), 12, 2025L);
		WorkforceCsv.write(data, work.resolve("workforce"));
		StoreLocation location = StoreLocation.embedded(work.resolve("store"));
		try (WorkforceStore store = WorkforceStore.open(location)) {
			load(store, work.resolve("workforce"));
		}
		double setupSeconds = (System.nanoTime() - start) / 1e9;

		SectionRegistry installed = SectionRegistry.installed();
		List<SectionDescriptor> board = installed.of(Audience.BOARD);
		ReportJob job = new ReportJob(model, modelFile, Audience.BOARD, List.of(), ReportFormat.PDF, null, 5, DAY);
		List<Area> places = ReportJob.places(model);
		assertEquals(SCALE.places, places.size());
		Map<Area, Path> files = job.placeFiles(places, work.resolve("packs"));
		Files.createDirectories(work.resolve("packs"));

		List<Double> seconds = new ArrayList<>();
		List<Double> heapMb = new ArrayList<>();
		Set<String> missing = new LinkedHashSet<>();
		double onePlace;
		double contentSeconds;
		double allPlaces;
		double writingSeconds;
		Map<String, Double> sectionSeconds = new java.util.LinkedHashMap<>();
		try (WorkforceStore store = WorkforceStore.openExisting(location)) {
			Area first = places.get(0);
			long t = System.nanoTime();
			ReportDocument one = Reports.document(job.request(first.getId(), work.resolve("one-place.pdf")), store, installed, null);
			contentSeconds = (System.nanoTime() - t) / 1e9;
			ReportFiles.write(one, ReportFormat.PDF, work.resolve("one-place.pdf"));
			onePlace = (System.nanoTime() - t) / 1e9;
			assertEquals(board.size(), one.sections().size());
			assertTrue(Files.size(work.resolve("one-place.pdf")) > 1000);
			// each section on its own, warm: which one to look at when the pack is slow
			for (SectionDescriptor section : board) {
				t = System.nanoTime();
				Reports.document(new ReportRequest(model, modelFile, first.getId(), Audience.BOARD, List.of(section.id()),
						ReportFormat.PDF, work.resolve("unused.pdf"), null, 5, DAY), store, installed, null);
				sectionSeconds.put(section.title(), (System.nanoTime() - t) / 1e9);
			}

			long all = System.nanoTime();
			long writing = 0;
			for (Area place : places) {
				t = System.nanoTime();
				ReportDocument written = job.write(place.getId(), files.get(place), store, installed);
				long took = System.nanoTime() - t;
				writing += took;
				seconds.add(took / 1e9);
				for (SectionContent section : written.sections()) {
					section.missing().forEach(text -> missing.add(section.title() + ": " + text));
				}
				heapMb.add(heapAfterCollection());
			}
			allPlaces = (System.nanoTime() - all) / 1e9;
			writingSeconds = writing / 1e9;
		}
		long pdfs;
		long bytes;
		try (Stream<Path> written = Files.list(work.resolve("packs"))) {
			List<Path> list = written.toList();
			pdfs = list.size();
			bytes = list.stream().mapToLong(ReportsScaleBenchmark::size).sum();
		}
		assertEquals(places.size(), pdfs);

		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		String report = report(model, data, setupSeconds, board, onePlace, allPlaces, writingSeconds, seconds, heapMb,
				bytes / pdfs, missing)
				+ sections(contentSeconds, onePlace - contentSeconds, sectionSeconds)
				+ String.format(Locale.ROOT, "%nThe machine's load average at the end: %.1f on %d cores (shared machines run slower).%n",
						load, Runtime.getRuntime().availableProcessors());
		System.out.println("REPORTS-BENCH\n" + report);
		Path out = Paths.get("target", "benchmarks");
		Files.createDirectories(out);
		Files.writeString(out.resolve("reports.md"), report);
	}

	/** The partners' files, as ./intd import-workforce would take them: staff first, the survey with its questions. */
	private static void load(WorkforceStore store, Path folder) throws IOException {
		List<ImportKind> kinds = List.of(ImportKind.STAFF, ImportKind.ESTABLISHMENT, ImportKind.ABSENCE, ImportKind.SKILLS,
				ImportKind.SURVEY);
		List<String> names = List.of(WorkforceCsv.STAFF, WorkforceCsv.ESTABLISHMENT, WorkforceCsv.ABSENCE, WorkforceCsv.SKILLS,
				WorkforceCsv.SURVEY);
		for (int i = 0; i < kinds.size(); i++) {
			ImportOptions options = ImportOptions.defaults();
			if (kinds.get(i) == ImportKind.SURVEY) {
				options = options.withQuestions(ImportInput.of(folder.resolve(WorkforceCsv.QUESTIONS)));
			}
			ImportSummary summary = WorkforceImporter.importInput(store, kinds.get(i), ImportInput.of(folder.resolve(names.get(i))),
					options, null);
			assertTrue(summary.imported(), summary.toText());
		}
	}

	private static double heapAfterCollection() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
	}

	private static String report(IntdModel model, SyntheticWorkforce.Data data, double setupSeconds,
			List<SectionDescriptor> board, double onePlace, double allPlaces, double writing, List<Double> seconds,
			List<Double> heapMb,
			long averageBytes, Set<String> missing) {
		double slowest = seconds.stream().mapToDouble(Double::doubleValue).max().orElse(0);
		double median = seconds.stream().sorted().toList().get(seconds.size() / 2);
		StringBuilder heap = new StringBuilder();
		for (int i = 0; i < heapMb.size(); i++) {
			heap.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f", heapMb.get(i)));
		}
		double firstHalf = heapMb.subList(0, heapMb.size() / 2 + heapMb.size() % 2).stream().mapToDouble(Double::doubleValue)
				.max().orElse(0);
		double lastQuarter = heapMb.subList(heapMb.size() - Math.max(1, heapMb.size() / 4), heapMb.size()).stream()
				.mapToDouble(Double::doubleValue).max().orElse(0);
		String sections = String.join(", ", board.stream().map(SectionDescriptor::title).toList());
		StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
				"The synthetic %s model (%,d places, %,d posts) saved as an .intd file, with a year of synthetic workforce"
						+ " data for its posts (%,d staff spells, %,d absences, %,d skills assessments, %,d survey responses)"
						+ " imported into an embedded store under target/ (made in %.0f s, not counted below). The board pack"
						+ " with the sections installed (%d: %s), as PDF, as ./intd report writes it, in one JVM (-Xmx2g).%n%n"
						+ "| what | time | goal |%n| --- | ---: | ---: |%n"
						+ "| one place's board pack as PDF, first in the JVM (%,d posts in the place) | %.1f s | under 10 s |%n"
						+ "| all %d places in one run (--scope all-places), heap measured after each | %.1f s | under 180 s |%n"
						+ "| the same, writing alone (without the collections that measure the heap) | %.1f s | |%n"
						+ "| a place in that run: median, slowest | %.2f s, %.2f s | |%n%n"
						+ "Heap in use after each place, after a collection (MB): %s. Highest in the first half %.0f MB, in the"
						+ " last quarter %.0f MB: %s. A PDF is %,d KB on average.%n",
				SCALE, SCALE.places, model.getPosts().size(), data.staff().size(), data.absence().size(), data.skills().size(),
				data.survey().size(), setupSeconds, board.size(), sections, model.getPosts().size() / SCALE.places, onePlace,
				SCALE.places, allPlaces, writing, median, slowest, heap, firstHalf, lastQuarter,
				lastQuarter <= firstHalf * 1.1 + 16 ? "flat, nothing kept from place to place"
						: "GROWING from place to place (look for a cache held across reports)",
				averageBytes / 1024));
		if (!missing.isEmpty()) {
			text.append(String.format(Locale.ROOT, "%nWhat sections said was missing (once each): %s%n", String.join("; ",
					missing.stream().limit(10).toList())));
		}
		return text.toString();
	}

	private static String sections(double content, double pdf, Map<String, Double> sectionSeconds) {
		StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%nOf the first place's %.1f s, the sections' content"
				+ " took %.1f s and the PDF %.1f s. Each section alone, warm: ", content + pdf, content, pdf));
		List<String> each = new ArrayList<>();
		sectionSeconds.forEach((title, took) -> each.add(String.format(Locale.ROOT, "%s %.2f s", title, took)));
		return text.append(String.join(", ", each)).append(".\n").toString();
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
