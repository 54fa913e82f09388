package org.intdesigner.analysis.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.intdesigner.analysis.api.FigureTable;

/**
 * A figure analysis's table as text: aligned columns for a person at a terminal
 * ({@code ./intd check --figures}), or CSV (RFC 4180) for a spreadsheet (the Figures view's Copy as CSV).
 * Numbers are written as people write them: whole numbers without a decimal point, others with at most two
 * decimals.
 */
public final class FigureTableText {

	private FigureTableText() {
	}

	/** The title, then a header line and a line per row, columns padded to their widest cell; numbers right-aligned. */
	public static String aligned(FigureTable table) {
		List<String> header = table.columns();
		List<List<String>> rows = new ArrayList<>();
		rows.add(header);
		table.rows().forEach(row -> rows.add(row.stream().map(FigureTableText::cell).toList()));
		int[] widths = new int[header.size()];
		for (List<String> row : rows) {
			for (int i = 0; i < widths.length && i < row.size(); i++) {
				widths[i] = Math.max(widths[i], row.get(i).length());
			}
		}
		StringBuilder text = new StringBuilder(table.title()).append('\n');
		for (int r = 0; r < rows.size(); r++) {
			StringBuilder line = new StringBuilder(" ");
			for (int i = 0; i < widths.length; i++) {
				String cell = i < rows.get(r).size() ? rows.get(r).get(i) : "";
				boolean number = r > 0 && table.rows().get(r - 1).size() > i && table.rows().get(r - 1).get(i) instanceof Number;
				line.append(' ').append(number ? " ".repeat(widths[i] - cell.length()) + cell
						: cell + " ".repeat(widths[i] - cell.length()));
			}
			text.append(line.toString().stripTrailing()).append('\n');
		}
		if (table.rows().isEmpty()) {
			text.append("  (nothing to count in this model)\n");
		}
		return text.toString();
	}

	/** The header and the rows as CSV lines, cells quoted where they hold a comma, a quote or a line break. */
	public static String csv(FigureTable table) {
		StringBuilder csv = new StringBuilder();
		csv.append(String.join(",", table.columns().stream().map(FigureTableText::quoted).toList())).append("\r\n");
		for (List<Object> row : table.rows()) {
			csv.append(String.join(",", row.stream().map(cell -> quoted(cell(cell))).toList())).append("\r\n");
		}
		return csv.toString();
	}

	/** A cell as text: 3, 0.8, 12.5 (at most two decimals), or the text itself; nothing for null. */
	public static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			if (Double.isNaN(number) || Double.isInfinite(number)) {
				return "";
			}
			return new BigDecimal(number).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
		}
		return value.toString();
	}

	private static String quoted(String cell) {
		return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
				? "\"" + cell.replace("\"", "\"\"") + "\""
				: cell;
	}
}
