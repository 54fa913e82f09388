package org.intdesigner.workforce.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.intdesigner.workforce.imports.ImportSummary.Outcome;
import org.intdesigner.workforce.store.DerbyErrors;
import org.intdesigner.workforce.store.StoreSettings;
import org.intdesigner.workforce.store.StoreTable;
import org.intdesigner.workforce.store.WorkforceStore;

/**
 * One import of one file, all or nothing. Its rows are read, checked (types, codes, rows given
 * twice) and written in one transaction, with its import log row and the partners it names; after
 * the first problem nothing more is written, the rest is only checked, and the transaction is rolled
 * back: a crash, a cancellation or a row the store refuses rolls all of it back too. With "replace"
 * the file is first read once only to check it and learn its partners, whose rows then go before
 * the file's rows come in.
 */
final class WorkforceImportRun {

	/** Rolls the import's transaction back: the file has problems (they are in its context). */
	private static final class FileRejected extends RuntimeException {
		private static final long serialVersionUID = 1L;
	}

	private final WorkforceStore store;
	private final ImportKind kind;
	private final ImportInput input;
	private final ImportOptions options;
	private final IProgressMonitor monitor;
	private final long started = System.nanoTime();
	private String salt;
	private Map<String, String> staffPersons = Map.of();
	/** a survey's further questions, from its questions file (else none) */
	private List<SurveyQuestions.Question> further = List.of();

	WorkforceImportRun(WorkforceStore store, ImportKind kind, ImportInput input, ImportOptions options, IProgressMonitor monitor) {
		this.store = store;
		this.kind = kind;
		this.input = input;
		this.options = options;
		this.monitor = monitor;
	}

	ImportSummary run() {
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + input.name(), 100);
		try {
			readStore();
		} catch (SQLException e) {
			return failed(new ImportContext(input.name(), options, "", Map.of(), false), null, e);
		}
		if (options.questions() != null) {
			ImportContext questions = new ImportContext(input.name(), options, salt, staffPersons, false);
			try {
				readQuestions(questions.problems);
			} catch (UncheckedIOException e) {
				return failed(questions, null, e);
			}
			if (questions.problems.any()) {
				return ended(questions, null, Outcome.REJECTED);
			}
		}
		ImportContext check = null;
		if (options.replace()) {
			check = new ImportContext(input.name(), options, salt, staffPersons, true);
			try {
				progress.subTask("checking " + input.name());
				pass(check, progress.split(40), null);
			} catch (OperationCanceledException e) {
				return ended(check, null, Outcome.CANCELLED);
			} catch (SQLException | UncheckedIOException e) {
				return failed(check, null, e);
			}
			if (check.problems.any()) {
				return ended(check, null, Outcome.REJECTED);
			}
		}
		ImportContext checked = check;
		ImportContext write = new ImportContext(input.name(), options, salt, staffPersons, check == null);
		try {
			progress.subTask("importing " + input.name());
			long written = store.write(connection -> write(connection, checked, write, progress.split(checked == null ? 100 : 60)));
			return summary(write, null, Outcome.IMPORTED, written);
		} catch (OperationCanceledException e) {
			return ended(write, null, Outcome.CANCELLED);
		} catch (FileRejected e) {
			return ended(write, null, Outcome.REJECTED);
		} catch (RowsRefused e) {
			write.problems.add(e.row, e.column, e.getMessage());
			return ended(write, null, Outcome.REJECTED);
		} catch (SQLException | UncheckedIOException e) {
			return failed(write, null, e);
		}
	}

	/** The salt of the pseudonyms, and for absences and skills who the staff are (each person with an employer). */
	private void readStore() throws SQLException {
		salt = store.read(connection -> StoreSettings.get(connection, StoreSettings.PSEUDONYM_SALT));
		if (kind == ImportKind.ABSENCE || kind == ImportKind.SKILLS) {
			staffPersons = store.read(connection -> {
				Map<String, String> persons = new HashMap<>();
				try (PreparedStatement query = connection.prepareStatement("SELECT PERSON_ID, ORG_ID FROM "
						+ StoreTable.STAFF.qualified() + " ORDER BY START_DATE"); ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						persons.put(rows.getString(1), rows.getString(2)); // the latest spell's employer wins
					}
				}
				return persons;
			});
		}
	}

	/** The survey's further questions; a questions file with any problem rejects the survey. */
	private void readQuestions(Problems problems) {
		if (kind != ImportKind.SURVEY) {
			problems.addOf(options.questions().name(), 0, "", "a questions file goes with a survey file only, not with a "
					+ kind.id() + " file");
			return;
		}
		further = SurveyQuestions.read(options.questions(), problems);
	}

	/**
	 * The pass that writes, inside the import's transaction; {@code checked} is the checking pass of
	 * a replacing import (else null).
	 */
	private long write(Connection connection, ImportContext checked, ImportContext write, SubMonitor progress)
			throws SQLException {
		int importId = ImportLog.begin(connection, kind, input.source());
		if (checked != null) {
			long deleted = Replacement.deleteFor(connection, kind.table(), checked.partners.keySet());
			write.notes.add("replaced " + deleted + " rows the store held for " + String.join(", ", checked.partners.keySet()));
		}
		RowReader reader = reader(write);
		boolean bulk = StoreLoad.canBulkLoad(connection, store.isEmbedded(), reader.target());
		long[] written = new long[1];
		long read = pass(write, progress, feed -> written[0] = StoreLoad.load(connection, bulk, feed, reader, importId));
		if (write.problems.any()) {
			throw new FileRejected();
		}
		if (!further.isEmpty()) {
			long answers = SurveyAnswers.write(connection, importId, further, write.answers);
			write.notes.add(answers + " answers to " + further.size() + " further question" + (further.size() == 1 ? "" : "s")
					+ " (" + options.questions().name() + ")");
		}
		if (checked != null && (read != checked.rowsRead || written[0] != checked.rowsHandedOn)) {
			throw new SQLException("the file changed while it was imported (" + checked.rowsRead + " rows checked, " + read
					+ " read again): import it again");
		}
		ImportLog.registerPartners(connection, write.partners, options.codes(), write.partnerNames);
		ImportLog.finish(connection, importId, read, written[0], write.partners);
		write.notes.add(bulk ? "bulk-loaded into an empty table" : "written in batches of prepared inserts");
		return written[0];
	}

	@FunctionalInterface
	private interface FeedUser {
		void use(RowFeed feed) throws SQLException;
	}

	/**
	 * One pass over the file: the header, then every row, each handed to {@code user} (or only
	 * read, when null). Returns the rows read; problems go to the context.
	 */
	private long pass(ImportContext context, SubMonitor progress, FeedUser user) throws SQLException {
		RowReader reader = reader(context);
		try (CsvSource source = new CsvSource(input)) {
			if (!header(source, reader, context)) {
				return 0;
			}
			RowFeed feed = new RowFeed(source, reader, progress, input.size());
			try {
				if (user == null) {
					while (feed.next() != null) {
						// checking only
					}
				} else {
					user.use(feed);
				}
			} catch (UncheckedIOException e) {
				if (!unreadable(e.getCause(), context)) {
					throw e;
				}
			}
			context.rowsRead = feed.rowsRead();
			context.rowsHandedOn = feed.rowsHandedOn();
			return feed.rowsRead();
		} catch (CsvSource.NotUtf8 | CsvSource.NotCsv e) {
			unreadable(e, context);
			return 0;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Reports a file that is not UTF-8 or not CSV; false for any other reading error. */
	private boolean unreadable(IOException e, ImportContext context) {
		if (e instanceof CsvSource.NotUtf8 notUtf8) {
			EncodingDiagnosis.Place place = EncodingDiagnosis.locate(input, notUtf8.rowBefore);
			context.problems.add(place.row(), place.column(), "not UTF-8 text (" + e.getCause().getMessage() + "): save the"
					+ " file again as UTF-8 (\"CSV UTF-8\" in a spreadsheet program); nothing is imported from a file in"
					+ " another encoding");
			return true;
		}
		if (e instanceof CsvSource.NotCsv notCsv) {
			long opened = unclosedQuoteLine();
			if (opened > 0) {
				context.problems.add(opened, "", "a quote opens a cell here and is never closed: close it (\"\") or remove"
						+ " it; the file cannot be read past it");
			} else {
				context.problems.add(notCsv.rowBefore + 1, "", "not valid CSV: " + org.intdesigner.io.CsvErrors.explain(e));
			}
			return true;
		}
		return false;
	}

	/** The line of the quote the file leaves open (the parser only knows where it gave up), or 0. */
	private long unclosedQuoteLine() {
		try (java.io.Reader in = new java.io.InputStreamReader(input.opener().open(), java.nio.charset.StandardCharsets.UTF_8)) {
			return org.intdesigner.io.CsvQuotes.unclosedQuoteLine(new java.io.BufferedReader(in), ',').orElse(0);
		} catch (IOException e) {
			return 0;
		}
	}

	/** Checks that the header names the columns this kind needs. */
	private boolean header(CsvSource source, RowReader reader, ImportContext context) {
		if (source.columns().isEmpty()) {
			context.problems.add(0, "", "the file is empty: its first row must name the columns "
					+ String.join(",", reader.requiredColumns()));
			return false;
		}
		for (String repeated : source.repeatedColumns()) {
			context.problems.add(1, repeated, "the header names this column twice");
		}
		List<String> missing = new ArrayList<>(reader.requiredColumns());
		missing.removeAll(source.columns().keySet());
		if (!missing.isEmpty() && source.columns().size() == 1 && source.columns().keySet().iterator().next().contains(";")) {
			context.problems.add(1, "", "the columns are separated by semicolons; save the file again as \"CSV UTF-8 (comma"
					+ " delimited)\"");
		} else if (!missing.isEmpty()) {
			context.problems.add(1, String.join(", ", missing), "missing column" + (missing.size() == 1 ? "" : "s")
					+ ": the first row must name the columns " + String.join(",", reader.requiredColumns()));
		}
		reader.header(source.columns().keySet(), options.questions() == null ? null : options.questions().name());
		return !context.problems.any();
	}

	private RowReader reader(ImportContext context) {
		return switch (kind) {
		case STAFF -> new StaffRows(context);
		case ESTABLISHMENT -> new EstablishmentRows(context);
		case ABSENCE -> new AbsenceRows(context);
		case SKILLS -> new SkillRows(context);
		case SURVEY -> new SurveyRows(context, further);
		case PCN_WORKFORCE -> new PcnWorkforceRows(context);
		case GP_PRACTICE -> new GpPracticeRows(context);
		case ASC_WDS -> new AscWdsWorkerRows(context);
		};
	}

	private ImportSummary failed(ImportContext check, ImportContext write, Exception e) {
		(write == null ? check : write).problems.add(0, "", "the store failed: " + DerbyErrors.message(e));
		return ended(check, write, Outcome.FAILED);
	}

	/** An import that did not happen: logged in a transaction of its own (the import's was rolled back). */
	private ImportSummary ended(ImportContext check, ImportContext write, Outcome outcome) {
		ImportSummary summary = summary(check, write, outcome, 0);
		try {
			store.write(connection -> {
				ImportLog.failed(connection, kind, input.source(), outcome, summary.rowsRead(), summary.rowsRejected());
				return null;
			});
		} catch (SQLException | RuntimeException e) {
			// the store may be what failed: the summary still tells the user
		}
		return summary;
	}

	/** The counts of the checking pass; the problems of the pass that stopped; the notes of both. */
	private ImportSummary summary(ImportContext check, ImportContext write, Outcome outcome, long written) {
		Problems problems = write != null && write.problems.any() ? write.problems : check.problems;
		List<String> notes = new ArrayList<>(check.notes);
		if (write != null) {
			write.notes.stream().filter(note -> !notes.contains(note)).forEach(notes::add);
		}
		if (kind == ImportKind.GP_PRACTICE && options.census() != null) {
			notes.add("staff in post at the census " + options.census().atDay(1));
		}
		return new ImportSummary(kind, input.name(), outcome, check.rowsRead, written, problems.rejectedRows(),
				problems.first(), problems.count(), check.pseudonyms.replaced(),
				Collections.unmodifiableMap(new LinkedHashMap<>(check.partners)), notes,
				Duration.ofNanos(System.nanoTime() - started));
	}
}
