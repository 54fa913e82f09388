package org.intdesigner.planning.scenarios;

import java.util.List;

/**
 * Figures of up to four models side by side: named columns (the first is the one the others are compared with) and
 * sections of labelled rows, each with one value per model and the notes that say what a figure could not take in.
 */
public record SideBySide(List<String> models, List<Section> sections) {

	/** The most models one comparison shows: more columns than this no longer fit a screen. */
	public static final int MAX_MODELS = 4;

	public SideBySide {
		models = List.copyOf(models);
		sections = List.copyOf(sections);
	}

	/** The section titled {@code title}, or null. */
	public Section section(String title) {
		return sections.stream().filter(section -> section.title().equals(title)).findFirst().orElse(null);
	}

	/** A table of rows: what the rows are of ("Organisation", "Rule"), the rows, and notes on what is missing. */
	public record Section(String title, String rowHeading, List<Row> rows, List<String> notes) {

		public Section {
			rows = List.copyOf(rows);
			notes = List.copyOf(notes);
		}

		/** The row of {@code label} and {@code measure}, or null. */
		public Row row(String label, String measure) {
			return rows.stream().filter(row -> row.label().equals(label) && row.measure().equals(measure)).findFirst()
					.orElse(null);
		}
	}

	/**
	 * One figure of every model: a label ("Riverside PCN"), what is measured ("posts", "FTE"), its unit, and a value
	 * per model (NaN where the model cannot say).
	 */
	public record Row(String label, String measure, Unit unit, double[] values) {

		public Row {
			values = values.clone();
		}

		public double value(int model) {
			return values[model];
		}

		/** The value of model {@code model} minus the first model's; NaN when either is unknown. */
		public double difference(int model) {
			return values[model] - values[0];
		}

		@Override
		public double[] values() {
			return values.clone();
		}
	}

	/** How a figure is written. */
	public enum Unit {
		COUNT, FTE, MONEY;
	}
}
