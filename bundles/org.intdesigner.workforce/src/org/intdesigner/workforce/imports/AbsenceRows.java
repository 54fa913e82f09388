package org.intdesigner.workforce.imports;

import java.sql.Date;
import java.util.List;
import java.util.function.Consumer;

import org.intdesigner.workforce.imports.api.SourceRow;

/**
 * absence.csv: sickness absence spells (person_id, start_date, end_date; end_date empty while still
 * absent) of people the store's staff has: import staff first. Their partner is their employer.
 */
final class AbsenceRows extends RowReader {

	AbsenceRows(ImportContext context) {
		super(context);
	}

	@Override
	TargetTable target() {
		return TargetTable.ABSENCE;
	}

	@Override
	List<String> requiredColumns() {
		return List.of("person_id", "start_date");
	}

	@Override
	void read(SourceRow row, Consumer<Object[]> out) {
		Cells cells = new Cells(row, context);
		String person = cells.person("person_id");
		Date start = cells.date("start_date", true);
		Date end = cells.date("end_date", false);
		String organisation = person == null ? null : context.staffPersons.get(person);
		if (person != null && organisation == null) {
			cells.problem("person_id", "'" + row.get("person_id") + "' is not a person of the store's staff: import their"
					+ " staff.csv first");
		}
		if (start != null && end != null && end.before(start)) {
			cells.problem("end_date", "before the start date " + start);
		}
		if (cells.ok() && firstWith(cells, person + '\t' + start, "person and start date")) {
			context.countPartner(organisation);
			out.accept(new Object[] { person, start, end });
		}
	}

	@Override
	String keyColumn() {
		return "person_id";
	}

	@Override
	String alreadyStored() {
		return "the store already has an absence of this person from this date";
	}
}
