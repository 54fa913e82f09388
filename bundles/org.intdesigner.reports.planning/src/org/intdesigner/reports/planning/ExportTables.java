package org.intdesigner.reports.planning;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.intdesigner.io.ExportTable;
import org.intdesigner.reports.Cell;
import org.intdesigner.reports.ReportTable;

/**
 * A table an export already builds (the Transition Plan's waves and changes) as a report's table, so the report and
 * the export never differ: numbers stay numbers, and the columns named as money read "£12,345".
 */
final class ExportTables {

	private ExportTables() {
	}

	static ReportTable of(ExportTable table, Set<String> moneyColumns) {
		ReportTable report = new ReportTable(table.name(), table.header());
		for (List<Object> row : table.rows()) {
			Object[] cells = new Object[row.size()];
			for (int c = 0; c < row.size(); c++) {
				Object value = row.get(c);
				cells[c] = value instanceof Number number && moneyColumns.contains(table.header().get(c))
						? Cell.number(number.doubleValue(), money(number.doubleValue()))
						: value;
			}
			report.row(cells);
		}
		return report;
	}

	/** "£12,345", as the transition and training plans' commands write money. */
	static String money(double amount) {
		return String.format(Locale.ROOT, "£%,.0f", amount);
	}
}
