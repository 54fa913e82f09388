package org.intdesigner.reports.planning;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.reports.Audience;
import org.intdesigner.reports.Cell;
import org.intdesigner.reports.MissingData;
import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportScope;
import org.intdesigner.reports.ReportSection;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.reports.engine.SectionContent;
import org.intdesigner.workforce.example.ExampleWorkforceData;
import org.intdesigner.workforce.imports.KnownCodes;
import org.intdesigner.workforce.metrics.SmallNumberSuppression;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;

/** The example place saved in a temp folder with the example workforce data in a temp store, and helpers to read sections. */
final class ExamplePlanningPack implements AutoCloseable {

	final Path file;
	final IntdModel model;
	final WorkforceStore store;

	ExamplePlanningPack(Path folder) throws Exception {
		file = folder.resolve("riverside.intd");
		ModelFiles.saveNew(ExamplePlace.create(), file);
		model = ModelFiles.load(file).model();
		store = WorkforceStore.open(StoreLocation.embedded(folder.resolve("workforce")));
		var summaries = ExampleWorkforceData.loadInto(store, KnownCodes.of(model), new NullProgressMonitor());
		assertTrue(summaries.stream().allMatch(summary -> summary.imported()), summaries.toString());
	}

	ReportContext context(String scope) {
		return context(model, file, scope, store);
	}

	static ReportContext context(IntdModel model, Path file, String scope, WorkforceStore store) {
		return context(model, file, scope, store, SmallNumberSuppression.standard());
	}

	static ReportContext context(IntdModel model, Path file, String scope, WorkforceStore store, SmallNumberSuppression suppression) {
		return new ReportContext(model, file, ReportScope.resolve(model, scope), Audience.BOARD, store, suppression,
				LocalDate.of(2026, 12, 7), null, null);
	}

	static SectionContent write(ReportSection section, ReportContext context) throws MissingData {
		SectionContent content = new SectionContent("test", "test");
		try {
			section.write(context, content);
		} catch (MissingData e) {
			throw e;
		} catch (Exception e) {
			throw new AssertionError(e);
		}
		return content;
	}

	/** The message of the MissingData the section throws. */
	static String missing(ReportSection section, ReportContext context) {
		try {
			write(section, context);
		} catch (MissingData e) {
			return e.getMessage();
		}
		return fail("the section wrote without its data");
	}

	static ReportTable table(SectionContent content, String title) {
		return content.tables().stream().filter(table -> table.title().equals(title)).findFirst()
				.orElseThrow(() -> new AssertionError("no table '" + title + "' in " + content.tables().stream().map(ReportTable::title).toList()));
	}

	/** The rows whose first cells read {@code first}. */
	static List<Cell> row(ReportTable table, String... first) {
		for (List<Cell> row : table.rows()) {
			boolean match = true;
			for (int i = 0; i < first.length; i++) {
				match &= row.get(i).text().equals(first[i]);
			}
			if (match) {
				return row;
			}
		}
		throw new AssertionError("no row " + List.of(first) + " in '" + table.title() + "': " + table.rows());
	}

	static String text(ReportTable table, List<Cell> row, String column) {
		return row.get(table.columns().indexOf(column)).text();
	}

	@Override
	public void close() {
		store.close();
	}
}
