package org.intdesigner.analysis.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of a figure analysis: a table with named columns and rows of values (text or numbers),
 * ready for a view, a report or a CSV file.
 */
public record FigureTable(String title, List<String> columns, List<List<Object>> rows) {

	public FigureTable {
		columns = List.copyOf(columns);
		rows = rows.stream().map(row -> (List<Object>) java.util.Collections.unmodifiableList(new ArrayList<>(row))).toList();
	}

	/** The rows whose first cell is {@code key} (tests and reports look rows up by their label). */
	public List<Object> row(Object key) {
		return rows.stream().filter(r -> !r.isEmpty() && key.equals(r.get(0))).findFirst().orElse(null);
	}
}
