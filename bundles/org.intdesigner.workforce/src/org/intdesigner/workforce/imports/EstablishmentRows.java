package org.intdesigner.workforce.imports;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.List;
import java.util.function.Consumer;

import org.intdesigner.workforce.imports.api.SourceRow;

/** establishment.csv: planned (funded) FTE per organisation, role and month (org_id, role_id, month, planned_fte). */
final class EstablishmentRows extends RowReader {

	EstablishmentRows(ImportContext context) {
		super(context);
	}

	@Override
	TargetTable target() {
		return TargetTable.ESTABLISHMENT;
	}

	@Override
	List<String> requiredColumns() {
		return List.of("org_id", "role_id", "month", "planned_fte");
	}

	@Override
	void read(SourceRow row, Consumer<Object[]> out) {
		Cells cells = new Cells(row, context);
		String organisation = cells.organisation("org_id");
		String role = cells.role("role_id");
		Date month = cells.month("month");
		BigDecimal planned = cells.number("planned_fte", true);
		if (cells.ok() && firstWith(cells, organisation + '\t' + role + '\t' + month, "organisation, role and month")) {
			context.countPartner(organisation);
			out.accept(new Object[] { organisation, role, month, planned });
		}
	}

	@Override
	String keyColumn() {
		return "org_id";
	}

	@Override
	String alreadyStored() {
		return "the store already has a planned FTE for this organisation, role and month";
	}
}
