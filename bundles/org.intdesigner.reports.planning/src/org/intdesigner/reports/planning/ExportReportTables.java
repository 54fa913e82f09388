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
final class ExportReportTables {

	private ExportReportTables() {
	}

	static ReportTable of(ExportTable table, Set<String> moneyColumns) {
		return of(table, table.header(), moneyColumns);
	}

	/** Only the {@code columns} named, in their order (a pack leaves out ids and what a paragraph says). */
	static ReportTable of(ExportTable table, List<String> columns, Set<String> moneyColumns) {
		ReportTable report = new ReportTable(table.name(), columns);
		for (List<Object> row : table.rows()) {
			Object[] cells = new Object[columns.size()];
			for (int c = 0; c < columns.size(); c++) {
				int at = table.header().indexOf(columns.get(c));
				if (at < 0) {
					throw new IllegalArgumentException("Table '" + table.name() + "' has no column '" + columns.get(c) + "'");
				}
				Object value = row.get(at);
				cells[c] = value instanceof Number number && moneyColumns.contains(columns.get(c))
						? Cell.number(number.doubleValue(), money(number.doubleValue()))
						: value;
			}
			report.row(cells);
		}
		return report;
	}

	/** "£12,345", "-£1,234", as the transition and training plans' commands write money. */
	static String money(double amount) {
		long rounded = Math.round(amount);
		return (rounded < 0 ? "-" : "") + String.format(Locale.ROOT, "£%,d", Math.abs(rounded));
	}
}
