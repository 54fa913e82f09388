package org.intdesigner.reports.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.samples.SyntheticModels;
import org.intdesigner.model.samples.SyntheticModels.Scale;
import org.intdesigner.reports.Audience;
import org.intdesigner.reports.engine.ReportDocument;
import org.intdesigner.reports.engine.SectionContent;
import org.intdesigner.reports.render.ReportFiles;
import org.intdesigner.reports.render.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two sections for one place of the London-scale model (261,595 objects): validated once,
 * filtered by scope, written as a PDF well within the pack's budget of 10 s (the whole pack's; the
 * figures are printed for the record), and as a workbook with the whole RACI matrix.
 */
class AnalysisSectionsScaleTest {

	@TempDir
	Path folder;

	@Test
	void aLondonPlaceIsWrittenAsPdfWellWithinTheBudget() throws IOException {
		IntdModel model = SyntheticModels.generate(Scale.LONDON, 1);
		String place = firstPlace(model);
		long start = System.nanoTime();
		long startCpu = cpu();
		ReportDocument pack = ExampleAnalysisPack.build(model, place, Audience.BOARD);
		long built = System.nanoTime();
		StringBuilder tables = new StringBuilder();
		for (SectionContent section : pack.sections()) {
			assertTrue(section.missing().stream().noneMatch(m -> m.contains("could not be written")), section.missing().toString());
			tables.append(section.id()).append(": ").append(section.tables().size()).append(" tables");
			section.tables().stream().filter(t -> !t.onPages()).forEach(t -> tables.append(", '").append(t.title())
					.append("' ").append(t.rows().size()).append(" x ").append(t.columns().size()));
			tables.append("; ");
		}
		System.out.printf("London place %s: RACI and findings sections %d ms (validation included); %s%n", place,
				(built - start) / 1_000_000, tables);
		Path pdf = folder.resolve("place.pdf");
		ReportFiles.write(pack, ReportFormat.PDF, pdf);
		long written = System.nanoTime();
		long pdfCpu = cpu() - startCpu;
		System.out.printf("London place %s: PDF %d ms (%,d bytes); sections and PDF took %d ms of CPU%n", place,
				(written - built) / 1_000_000, Files.size(pdf), pdfCpu / 1_000_000);
		Path xlsx = folder.resolve("place.xlsx");
		ReportFiles.write(pack, ReportFormat.XLSX, xlsx);
		System.out.printf("London place %s: XLSX %d ms (%,d bytes, %d ms of CPU)%n", place, (System.nanoTime() - written)
				/ 1_000_000, Files.size(xlsx), (cpu() - startCpu - pdfCpu) / 1_000_000);
		// CPU time, not wall time: the test machine's cores are shared, which says nothing of the report's own cost
		assertTrue(pdfCpu < 10_000_000_000L, "the two sections as PDF took " + pdfCpu / 1_000_000 + " ms of CPU");
	}

	private static long cpu() {
		return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	private static String firstPlace(IntdModel model) {
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Area area && area.getKind() == AreaKind.PLACE) {
				return area.getId();
			}
		}
		throw new AssertionError("no place in the London model");
	}
}
