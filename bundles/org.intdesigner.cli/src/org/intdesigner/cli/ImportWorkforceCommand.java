package org.intdesigner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.intdesigner.cli.api.ModelInput;
import org.intdesigner.cli.api.WorkforceStoreOptions;
import org.intdesigner.workforce.imports.ImportInput;
import org.intdesigner.workforce.imports.ImportKind;
import org.intdesigner.workforce.imports.ImportOptions;
import org.intdesigner.workforce.imports.ImportSummary;
import org.intdesigner.workforce.imports.KnownCodes;
import org.intdesigner.workforce.imports.WorkforceImporter;
import org.intdesigner.workforce.store.StoreException;
import org.intdesigner.workforce.store.WorkforceStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Imports one workforce file into a workforce store, all or nothing, and prints the summary: rows
 * read, imported and rejected, the first problems by file, row and column.
 */
@Command(name = "import-workforce", description = { "Import a workforce file into the workforce store, all or nothing.",
		"KIND is one of:",
		"  staff          person_id,org_id,role_id,team_id,post_id,fte,start_date,end_date,leaving_reason",
		"  establishment  org_id,role_id,month,planned_fte",
		"  absence        person_id,start_date,end_date (people of the store's staff)",
		"  skills         person_id,capability_id,level,assessed_on,expires_on (people of the store's staff;",
		"                 level 0-4 or none, awareness, working, practitioner, expert; expires_on may be empty)",
		"  survey         org_id,team_id,q1..q9 (answers 1-5, empty when not answered), and with --questions",
		"                 the further columns the questions file names (column,question,theme; themes:",
		"                 satisfaction, improvement, productivity, alignment)",
		"  pcn-workforce  NHS Digital PCN workforce, individual level (onto staff in post at the census)",
		"  gp-practice    NHS Digital GP workforce, practice level, long format (needs --census)",
		"  asc-wds        Skills for Care ASC-WDS (formerly NMDS-SC) worker bulk-upload file: LOCALESTID,",
		"                 UNIQUEWORKERID, STATUS, STARTDATE (dd/mm/yyyy), EMPLSTATUS, ZEROHRCONT, MAINJOBROLE,",
		"                 CONTHOURS, AVGHOURS, ... onto staff in post (FTE = hours / 37.5; DELETE rows, pool or",
		"                 bank and agency workers and DAYSSICK are not imported)",
		"Codes are the INT model's codes of organisations, roles, teams, posts and capabilities; --model checks them.",
		"Person ids that look like NHS or National Insurance numbers or e-mail addresses are stored as salted"
				+ " SHA-256 pseudonyms." },
		exitCodeOnExecutionException = ImportWorkforceCommand.UNREADABLE, exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:imported", "1:rejected (a bad row, or the wrong encoding): nothing was imported",
				"2:the file, the model or the store could not be read or opened" })
final class ImportWorkforceCommand implements Callable<Integer> {

	static final int IMPORTED = 0;
	static final int REJECTED = 1;
	static final int UNREADABLE = 2;

	@Parameters(index = "0", paramLabel = "KIND", description = "staff, establishment, absence, skills, survey, pcn-workforce, gp-practice or asc-wds")
	String kind;

	@Parameters(index = "1", paramLabel = "FILE", description = "the CSV file (UTF-8)")
	Path file;

	@Mixin
	WorkforceStoreOptions store;

	@Option(names = "--model", paramLabel = "MODEL", description = "an .intd model (or folder of CSV files) to check codes"
			+ " against; its organisations name the partners")
	Path model;

	@Option(names = "--replace", description = "replace what the store holds of this kind for the file's partners"
			+ " (absence, skills: for their people); without it a row the store already has rejects the file")
	boolean replace;

	@Option(names = "--questions", paramLabel = "FILE", description = "a survey's questions file (column,question,theme):"
			+ " the further columns of the survey and the theme each measures")
	Path questions;

	@Option(names = "--map", paramLabel = "CODE=ORG", description = "the model's organisation code for a code in the file"
			+ " (an NHS PCN or practice code, an ASC-WDS LOCALESTID), repeatable")
	Map<String, String> organisationCodes = new LinkedHashMap<>();

	@Option(names = "--census", paramLabel = "YYYY-MM", description = "the month a gp-practice file is for")
	YearMonth census;

	@Option(names = "--problems", paramLabel = "N", defaultValue = "20", description = "how many problems to list (default 20)")
	int problemsShown;

	@Spec
	CommandSpec spec;

	private final Function<String, String> environment;

	ImportWorkforceCommand() {
		this(System::getenv);
	}

	ImportWorkforceCommand(Function<String, String> environment) {
		this.environment = environment;
	}

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		ImportKind what;
		try {
			what = ImportKind.of(kind);
		} catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return UNREADABLE;
		}
		if (!Files.isRegularFile(file)) {
			err.println(file + ": there is no such file; give the CSV file to import.");
			return UNREADABLE;
		}
		if (questions != null && !Files.isRegularFile(questions)) {
			err.println(questions + ": there is no such file; give the survey's questions file (column,question,theme).");
			return UNREADABLE;
		}
		ImportOptions options = ImportOptions.defaults().withReplace(replace).withOrganisationCodes(organisationCodes)
				.withCensus(census).withProblemsShown(problemsShown);
		if (questions != null) {
			options = options.withQuestions(ImportInput.of(questions));
		}
		if (model != null) {
			options = options.withCodes(KnownCodes.of(ModelInput.read(model)));
		}
		try (WorkforceStore opened = WorkforceStore.open(store.location(environment))) {
			ImportSummary summary = WorkforceImporter.importFile(opened, what, file, options, progress(err));
			(summary.imported() ? spec.commandLine().getOut() : err).print(summary.toText());
			return switch (summary.outcome()) {
			case IMPORTED -> IMPORTED;
			case REJECTED, CANCELLED -> REJECTED;
			case FAILED -> UNREADABLE;
			};
		} catch (StoreException | IllegalArgumentException e) {
			err.println(e.getMessage());
			return UNREADABLE;
		}
	}

	/** Every tenth of the way through a large file (over 5 MB), a line on standard error. */
	private NullProgressMonitor progress(PrintWriter err) throws IOException {
		boolean large = Files.size(file) > 5_000_000;
		return new NullProgressMonitor() {
			private int total = 100;
			private double done;
			private int shown;

			@Override
			public void beginTask(String name, int totalWork) {
				total = Math.max(totalWork, 1);
			}

			@Override
			public void internalWorked(double work) {
				done += work;
				int tenths = (int) (done * 10 / total);
				if (large && tenths > shown && tenths < 10) {
					shown = tenths;
					err.println(file.getFileName() + ": " + tenths * 10 + "%");
				}
			}

			@Override
			public void worked(int work) {
				internalWorked(work);
			}
		};
	}
}
