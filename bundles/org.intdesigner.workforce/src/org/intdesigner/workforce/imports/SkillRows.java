package org.intdesigner.workforce.imports;

import java.sql.Date;
import java.util.List;
import java.util.function.Consumer;

import org.intdesigner.workforce.imports.api.SourceRow;

/**
 * skills.csv: assessments of people's capabilities (person_id, capability_id, level, assessed_on,
 * expires_on; expires_on empty when the skill does not lapse) of people the store's staff has:
 * import staff first. One assessment per person, capability and day. Their partner is their employer.
 */
final class SkillRows extends RowReader {

	SkillRows(ImportContext context) {
		super(context);
	}

	@Override
	TargetTable target() {
		return TargetTable.SKILL;
	}

	@Override
	List<String> requiredColumns() {
		return List.of("person_id", "capability_id", "level", "assessed_on");
	}

	@Override
	void read(SourceRow row, Consumer<Object[]> out) {
		Cells cells = new Cells(row, context);
		String person = cells.person("person_id");
		String capability = cells.capability("capability_id");
		Short level = cells.level("level");
		Date assessed = cells.date("assessed_on", true);
		Date expires = cells.date("expires_on", false);
		String organisation = person == null ? null : context.staffPersons.get(person);
		if (person != null && organisation == null) {
			cells.problem("person_id", "'" + row.get("person_id") + "' is not a person of the store's staff: import their"
					+ " staff.csv first");
		}
		if (assessed != null && expires != null && expires.before(assessed)) {
			cells.problem("expires_on", "before the assessment on " + assessed + ": a skill expires on or after the day it"
					+ " was assessed");
		}
		if (cells.ok() && firstWith(cells, person + '\t' + capability + '\t' + assessed,
				"person, capability and assessment date")) {
			context.countPartner(organisation);
			out.accept(new Object[] { person, capability, level, assessed, expires });
		}
	}

	@Override
	String keyColumn() {
		return "person_id";
	}

	@Override
	String alreadyStored() {
		return "the store already has an assessment of this person's capability on this date";
	}
}
