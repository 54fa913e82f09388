package org.intdesigner.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.IntdModel;
import org.intdesigner.reports.Audience;
import org.intdesigner.reports.ReportScope;
import org.intdesigner.reports.SharedResults;
import org.intdesigner.reports.engine.ReportBuilder;
import org.intdesigner.reports.engine.ReportDocument;
import org.intdesigner.reports.engine.ReportRequest;
import org.intdesigner.reports.engine.Reports;
import org.intdesigner.reports.engine.SectionRegistry;
import org.intdesigner.reports.render.ReportFormat;
import org.intdesigner.workforce.store.WorkforceStore;

/**
 * What one {@code ./intd report} run asks for, less the scope and the file: the same model, template,
 * sections, format, month and threshold for each report it writes. Used once for a single report and
 * once per place for the monthly job of every place, with the model read and the store opened once.
 */
final class ReportJob {

	private final IntdModel model;
	private final Path modelFile;
	private final Audience audience;
	private final List<String> sections;
	private final ReportFormat format;
	private final YearMonth month;
	private final int threshold;
	private final LocalDate date;
	/** Model-wide analyses the files of this job share: an all-places run works them out once, not once a place. */
	private final SharedResults shared = new SharedResults();

	ReportJob(IntdModel model, Path modelFile, Audience audience, List<String> sections, ReportFormat format, YearMonth month,
			int threshold, LocalDate date) {
		this.model = model;
		this.modelFile = modelFile;
		this.audience = audience;
		this.sections = List.copyOf(sections);
		this.format = format;
		this.month = month;
		this.threshold = threshold;
		this.date = date;
	}

	/**
	 * The report of one scope (an id or code; null: the whole model) written to {@code file}, whole or not at all.
	 *
	 * @param store the workforce store, or null when there is none (sections needing it say so)
	 */
	ReportDocument write(String scope, Path file, WorkforceStore store, SectionRegistry registry) throws IOException {
		return Reports.write(request(scope, file), store, registry, shared, null);
	}

	/** The request for one scope's report into {@code file}. */
	ReportRequest request(String scope, Path file) {
		return new ReportRequest(model, modelFile, scope, audience, sections, format, file, month, threshold, date);
	}

	/** The model's places, in the model's order. */
	static List<Area> places(IntdModel model) {
		List<Area> places = new ArrayList<>();
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Area area && area.getKind() == AreaKind.PLACE) {
				places.add(area);
			}
		}
		return places;
	}

	/**
	 * The file of each place's report in {@code folder}, named after its title ("riverside-place-board-pack.pdf");
	 * a place whose name another place already has is named by its id too, so that no report overwrites another.
	 */
	Map<Area, Path> placeFiles(List<Area> places, Path folder) {
		Map<Area, Path> files = new LinkedHashMap<>();
		Set<String> used = new HashSet<>();
		for (Area place : places) {
			String name = Reports.fileName(ReportBuilder.title(audience, place.getName()), format);
			if (!used.add(name)) {
				name = Reports.fileName(ReportBuilder.title(audience, place.getName() + " " + place.getId()), format);
				used.add(name);
			}
			files.put(place, folder.resolve(name));
		}
		return files;
	}

	/** Checks a scope before anything is written: an IllegalArgumentException naming the places there are. */
	void checkScope(String scope) {
		ReportScope.resolve(model, scope);
	}
}
