package org.intdesigner.workforce.imports;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.intdesigner.workforce.imports.CsvSource.CsvRow;

/**
 * The worker bulk-upload file of the Adult Social Care Workforce Data Set (ASC-WDS, Skills for Care;
 * formerly NMDS-SC): one row per worker (LOCALESTID, UNIQUEWORKERID, CHGUNIQUEWRKID, STATUS, DISPLAYID,
 * NINUMBER, ..., STARTDATE, ..., EMPLSTATUS, ZEROHRCONT, DAYSSICK, ..., MAINJOBROLE, ..., CONTHOURS,
 * AVGHOURS, ...) onto staff in post: one spell in the worker's main job role from STARTDATE.
 * <ul>
 * <li>The organisation is LOCALESTID (or the model's code it is mapped to).</li>
 * <li>The person is UNIQUEWORKERID (CHGUNIQUEWRKID when the row renames the worker), pseudonymised when
 * it looks like a real identifier; any other id is unique only within its workplace, so it is stored
 * after the organisation's code ("asc/W0042") and two providers' worker "1" stay two people.</li>
 * <li>The role is MAINJOBROLE through {@link AscWdsJobRoles}; other job roles are not read.</li>
 * <li>The FTE comes from the hours ({@link AscWdsHours}).</li>
 * <li>STATUS DELETE (the worker has left) is not imported; pool or bank and agency workers (EMPLSTATUS 3
 * and 4) are not staff in post (a post they fill still counts as vacant) and are not imported either;
 * the summary counts both.</li>
 * <li>DAYSSICK (days sick in the last 12 months) has no dates, so it cannot become absence spells and
 * is not imported; NINUMBER, dates of birth, pay and qualifications are not read at all.</li>
 * </ul>
 */
final class AscWdsWorkerRows extends RowReader {

	/** The statuses of a worker row; each but DELETE says the worker is there. */
	private static final Set<String> STATUSES = Set.of("NEW", "UPDATE", "NOCHANGE", "UNCHECKED", "CHGSUB", "DELETE");
	/** EMPLSTATUS codes: permanent, temporary, pool or bank, agency, other. */
	private static final Set<String> EMPLOYMENT = Set.of("1", "2", "3", "4", "7");
	/** ZEROHRCONT codes: yes, no, not known. */
	private static final Set<String> ZERO_HOURS = Set.of("1", "2", "999");

	private long deleted;
	private long bankOrAgency;
	private boolean daysSick;

	AscWdsWorkerRows(ImportContext context) {
		super(context);
	}

	@Override
	TargetTable target() {
		return TargetTable.STAFF;
	}

	@Override
	List<String> requiredColumns() {
		return List.of("localestid", "uniqueworkerid", "status", "startdate", "emplstatus", "mainjobrole", "conthours",
				"avghours");
	}

	@Override
	void read(CsvRow row, Consumer<Object[]> out) {
		Cells cells = new Cells(row, context);
		String status = row.get("status").toUpperCase(Locale.ROOT);
		if (!STATUSES.contains(status)) {
			cells.problem("status", (status.isEmpty() ? "empty" : "'" + row.get("status") + "' is not a status")
					+ ": a worker's STATUS is NEW, UPDATE, NOCHANGE, UNCHECKED, CHGSUB or DELETE");
			return;
		}
		if (status.equals("DELETE")) {
			deleted++;
			return;
		}
		String employment = row.get("emplstatus");
		if (!EMPLOYMENT.contains(employment)) {
			cells.problem("emplstatus", (employment.isEmpty() ? "empty" : "'" + employment + "' is not an employment status")
					+ ": EMPLSTATUS is 1 (permanent), 2 (temporary), 3 (pool or bank), 4 (agency) or 7 (other)");
		} else if (employment.equals("3") || employment.equals("4")) {
			bankOrAgency++;
			return;
		}
		String zeroHours = row.get("zerohrcont");
		if (!zeroHours.isEmpty() && !ZERO_HOURS.contains(zeroHours)) {
			cells.problem("zerohrcont", "'" + zeroHours + "' is not a ZEROHRCONT code: 1 (yes), 2 (no) or 999 (not known)");
		}
		daysSick |= !row.get("dayssick").isEmpty();
		String organisation = cells.organisation("localestid");
		String person = person(cells, row, organisation);
		String role = role(cells, row);
		Date start = cells.date("startdate", true);
		BigDecimal fte = EMPLOYMENT.contains(employment) ? AscWdsHours.fte(cells, row, AscWdsHours.contracted(employment,
				zeroHours)) : null;
		if (cells.ok() && firstWith(cells, person + '\t' + role + '\t' + start, "worker, main job role and start date")) {
			context.countPartner(organisation);
			out.accept(new Object[] { person, organisation, role, null, null, fte, start, null, null });
		}
	}

	/** The worker's id in the store: a pseudonym, or the workplace's id after its organisation's code. */
	private String person(Cells cells, CsvRow row, String organisation) {
		String column = row.get("chguniquewrkid").isEmpty() ? "uniqueworkerid" : "chguniquewrkid";
		String id = cells.person(column);
		if (id == null || organisation == null || Pseudonyms.normalIdentifier(row.get(column)) != null) {
			return id;
		}
		String local = organisation + "/" + id;
		if (local.length() > Cells.CODE_LENGTH) {
			cells.problem(column, "'" + local + "' (the workplace and its worker id) is longer than " + Cells.CODE_LENGTH
					+ " characters");
			return null;
		}
		return local;
	}

	/** The role code of MAINJOBROLE, or null after reporting a problem. */
	private String role(Cells cells, CsvRow row) {
		String cell = row.get("mainjobrole");
		if (cell.isEmpty()) {
			cells.problem("mainjobrole", "empty: every worker needs a MAINJOBROLE code");
			return null;
		}
		AscWdsJobRoles.JobRole job = AscWdsJobRoles.of(cell);
		if (job == null) {
			cells.problem("mainjobrole", "'" + cell + "' is not an ASC-WDS main job role: the codes are "
					+ AscWdsJobRoles.codes());
			return null;
		}
		if (!job.catalogue()) {
			context.notes.add("main job role " + job.code() + " (" + job.name() + ") has no role in the catalogue: kept as"
					+ " the code '" + job.role() + "'");
		}
		if (!context.options.codes().role(job.role())) {
			cells.problem("mainjobrole", "'" + cell + "' (" + job.name() + ") is the role '" + job.role() + "', which the"
					+ " model does not have: add a role with that code to the model");
			return null;
		}
		return job.role();
	}

	@Override
	void finish(Consumer<Object[]> out) {
		if (deleted > 0) {
			context.notes.add(deleted + " worker" + (deleted == 1 ? "" : "s") + " with STATUS DELETE (left) not imported");
		}
		if (bankOrAgency > 0) {
			context.notes.add(bankOrAgency + " pool or bank and agency worker" + (bankOrAgency == 1 ? "" : "s")
					+ " (EMPLSTATUS 3 or 4) not imported: they are not staff in post");
		}
		if (daysSick) {
			context.notes.add("DAYSSICK not imported: a count of days without dates cannot become absence spells (import"
					+ " the spells as an absence file)");
		}
	}

	@Override
	String keyColumn() {
		return "uniqueworkerid";
	}

	@Override
	String alreadyStored() {
		return "the store already has this worker in this main job role from this start date";
	}
}
