package org.intdesigner.workforce.imports;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.List;
import java.util.function.Consumer;

import org.intdesigner.workforce.imports.api.SourceRow;

/**
 * staff.csv: one row per person spell in a role (person_id, org_id, role_id, team_id, post_id,
 * fte, start_date, end_date, leaving_reason); end_date empty while in post. A person may hold
 * several roles, but not start the same role twice on one day.
 */
final class StaffRows extends RowReader {

	StaffRows(ImportContext context) {
		super(context);
	}

	@Override
	TargetTable target() {
		return TargetTable.STAFF;
	}

	@Override
	List<String> requiredColumns() {
		return List.of("person_id", "org_id", "role_id", "fte", "start_date");
	}

	@Override
	void read(SourceRow row, Consumer<Object[]> out) {
		Cells cells = new Cells(row, context);
		String person = cells.person("person_id");
		String organisation = cells.organisation("org_id");
		String role = cells.role("role_id");
		String team = cells.team("team_id");
		String post = cells.post("post_id");
		BigDecimal fte = cells.fte("fte");
		Date start = cells.date("start_date", true);
		Date end = cells.date("end_date", false);
		String reason = cells.text("leaving_reason", 200);
		if (start != null && end != null && end.before(start)) {
			cells.problem("end_date", "before the start date " + start);
		}
		if (reason != null && end == null && cells.ok()) {
			cells.problem("leaving_reason", "a leaving reason, but no end date");
		}
		if (cells.ok() && firstWith(cells, person + '\t' + role + '\t' + start, "person, role and start date")) {
			context.countPartner(organisation);
			out.accept(new Object[] { person, organisation, role, team, post, fte, start, end, reason });
		}
	}

	@Override
	String keyColumn() {
		return "person_id";
	}

	@Override
	String alreadyStored() {
		return "the store already has this person in this role from this start date";
	}
}
