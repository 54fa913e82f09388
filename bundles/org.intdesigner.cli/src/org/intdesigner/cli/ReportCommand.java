package org.intdesigner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.intdesigner.cli.api.ModelInput;
import org.intdesigner.cli.api.WorkforceStoreOptions;
import org.intdesigner.model.Area;
import org.intdesigner.model.IntdModel;
import org.intdesigner.reports.Audience;
import org.intdesigner.reports.engine.ReportDocument;
import org.intdesigner.reports.engine.SectionContent;
import org.intdesigner.reports.engine.SectionRegistry;
import org.intdesigner.reports.render.ReportFormat;
import org.intdesigner.workforce.metrics.SmallNumberSuppression;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The place assurance pack, headless (issue #20): the same report as File > Export > Report..., for
 * a monthly job. Everything asked for is checked before anything is written (a scope, section,
 * template, format or month that is not there is exit code 1 and a message saying what there is),
 * and each file is written whole or not at all. Prints one line per file written; what the sections
 * said was missing goes to standard error, so a job's log shows it while the report is still made.
 */
@Command(name = "report", description = "Write the place assurance pack of a model as HTML, PDF or an Excel workbook: the"
		+ " sections installed for the template, for a place, neighbourhood, team or partner organisation, with workforce"
		+ " figures from the workforce store (small numbers suppressed as on the dashboard). Prints each file written;"
		+ " what a section could not show for lack of data is said on standard error.")
final class ReportCommand implements Callable<Integer> {

	/** The --scope that writes one report per place into a folder. */
	static final String ALL_PLACES = "all-places";

	@Parameters(index = "0", paramLabel = "MODEL", description = "an .intd model or a folder of CSV files")
	Path model;

	@Parameters(index = "1", paramLabel = "OUT", description = "the file to write (.html, .pdf or .xlsx); with --scope "
			+ ALL_PLACES + " the folder to write one file per place into (made if missing)")
	Path out;

	@Option(names = "--scope", paramLabel = "ID", description = "the id or code of a place, neighbourhood, team or partner"
			+ " organisation (default: the whole model); " + ALL_PLACES + ": one report per place, into the folder OUT")
	String scope;

	@Option(names = "--template", paramLabel = "TEMPLATE", defaultValue = "board",
			description = "board (the place board: summary first), neighbourhood (teams and people) or partner (one"
					+ " organisation's staff across the INTs); default board")
	String template;

	@Option(names = "--format", paramLabel = "FORMAT", description = "html, pdf or xlsx (default: from OUT's extension;"
			+ " pdf with --scope " + ALL_PLACES + ")")
	String format;

	@Option(names = "--sections", paramLabel = "ID[,ID...]", split = ",", description = "only these sections (their ids or"
			+ " the ids' last parts, e.g. about); default: the template's")
	List<String> sections = new ArrayList<>();

	@Option(names = "--month", paramLabel = "YYYY-MM", description = "the last month of workforce figures (default: the"
			+ " latest month of the store's data)")
	String month;

	@Option(names = "--threshold", paramLabel = "N", defaultValue = "" + SmallNumberSuppression.DEFAULT_THRESHOLD,
			description = "show figures of fewer people than N as * (default 5, as on the dashboard)")
	int threshold;

	@Mixin
	WorkforceStoreOptions store = new WorkforceStoreOptions();

	@Spec
	CommandSpec spec;

	private final Supplier<SectionRegistry> registry;

	ReportCommand() {
		this(SectionRegistry::installed);
	}

	/** With the sections {@code registry} gives instead of the installed ones (tests). */
	ReportCommand(Supplier<SectionRegistry> registry) {
		this.registry = registry;
	}

	@Override
	public Integer call() throws Exception {
		PrintWriter err = spec.commandLine().getErr();
		try {
			boolean allPlaces = ALL_PLACES.equals(scope);
			Audience audience = Audience.parse(template);
			ReportFormat reportFormat = format(allPlaces);
			YearMonth lastMonth = month(month);
			if (threshold < 1) {
				throw new IllegalArgumentException("--threshold " + threshold + ": give a whole number of people, 1 or more"
						+ " (default " + SmallNumberSuppression.DEFAULT_THRESHOLD + ").");
			}
			SectionRegistry installed = registry.get();
			checkSections(installed, audience);
			IntdModel read = readModel();
			ReportJob job = new ReportJob(read, Files.isDirectory(model) ? null : model, audience, sections, reportFormat,
					lastMonth, threshold, LocalDate.now());
			if (!allPlaces) {
				job.checkScope(scope);
			}
			StoreLocation location = store.locationIfAny(System::getenv);
			try (WorkforceStore opened = location == null ? null : WorkforceStore.openExisting(location)) {
				Map<String, Path> files = files(job, read, allPlaces);
				for (Map.Entry<String, Path> file : files.entrySet()) {
					ReportDocument written = job.write(file.getKey(), file.getValue(), opened, installed);
					say(written, file.getValue(), allPlaces);
				}
			}
			return IntdCommand.OK;
		} catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return IntdCommand.BAD_INPUT;
		}
	}

	/** The format asked for, else OUT's; a file whose name says another format than --format is refused. */
	private ReportFormat format(boolean allPlaces) {
		ReportFormat asked = format == null ? null : ReportFormat.parse(format);
		if (allPlaces) {
			return asked == null ? ReportFormat.PDF : asked;
		}
		ReportFormat named = ReportFormat.ofFile(out.getFileName() == null ? "" : out.getFileName().toString());
		if (asked == null && named == null) {
			throw new IllegalArgumentException(out + ": name the file .html, .pdf or .xlsx, or say --format html|pdf|xlsx.");
		}
		if (asked != null && named != null && asked != named) {
			throw new IllegalArgumentException(out + " is named as " + named.extension() + " but --format says " + asked.extension()
					+ ": name the file ." + asked.extension() + " or leave --format out.");
		}
		return asked != null ? asked : named;
	}

	private static YearMonth month(String text) {
		try {
			return text == null ? null : YearMonth.parse(text.trim());
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("--month " + text + ": months are written YYYY-MM, e.g. --month 2026-03.");
		}
	}

	/** Unknown section names are refused (naming those there are); a template with no sections has nothing to write. */
	private void checkSections(SectionRegistry installed, Audience audience) {
		if (!sections.isEmpty()) {
			installed.named(sections);
		} else if (installed.of(audience).isEmpty()) {
			throw new IllegalArgumentException("No report sections are installed for the " + audience.id() + " template:"
					+ " the reports plug-ins are missing from this installation.");
		}
	}

	private IntdModel readModel() {
		try {
			return ModelInput.read(model);
		} catch (IOException e) {
			throw new IllegalArgumentException(e.getMessage() == null ? model + " could not be read." : e.getMessage(), e);
		}
	}

	/** The scope (null: the whole model) and file of each report, checked before the first is written; the folder made. */
	private Map<String, Path> files(ReportJob job, IntdModel read, boolean allPlaces) throws IOException {
		Map<String, Path> files = new java.util.LinkedHashMap<>();
		if (!allPlaces) {
			if (Files.isDirectory(out)) {
				throw new IllegalArgumentException(out + " is a folder: name the file to write (e.g. " + out.resolve("pack.pdf")
						+ "), or use --scope " + ALL_PLACES + " to write one report per place into it.");
			}
			Path folder = out.toAbsolutePath().getParent();
			if (folder != null && !Files.isDirectory(folder)) {
				throw new IllegalArgumentException(out + ": the folder " + folder + " does not exist; make it first.");
			}
			files.put(scope, out);
			return files;
		}
		List<Area> places = ReportJob.places(read);
		if (places.isEmpty()) {
			throw new IllegalArgumentException(model + " has no places (areas of kind place): give --scope with the id of an"
					+ " area, team or organisation instead.");
		}
		if (Files.exists(out) && !Files.isDirectory(out)) {
			throw new IllegalArgumentException(out + " is a file: with --scope " + ALL_PLACES + " OUT is the folder the reports"
					+ " go into.");
		}
		Files.createDirectories(out);
		job.placeFiles(places, out).forEach((place, file) -> files.put(place.getId(), file));
		return files;
	}

	/** "riverside.pdf: Riverside (place), 5 sections"; on standard error, each thing a section said was missing. */
	private void say(ReportDocument written, Path file, boolean allPlaces) {
		List<SectionContent> sectionsWritten = written.sections();
		long incomplete = sectionsWritten.stream().filter(section -> !section.missing().isEmpty()).count();
		spec.commandLine().getOut().println(file + ": " + written.scope() + ", " + sectionsWritten.size()
				+ (sectionsWritten.size() == 1 ? " section" : " sections")
				+ (incomplete == 0 ? "" : " (" + incomplete + " without all their data)"));
		for (SectionContent section : sectionsWritten) {
			for (String missing : section.missing()) {
				spec.commandLine().getErr().println((allPlaces ? written.scope() + ": " : "") + section.title() + ": " + missing);
			}
		}
	}
}
