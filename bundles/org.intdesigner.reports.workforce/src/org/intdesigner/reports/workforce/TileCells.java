package org.intdesigner.reports.workforce;

import org.intdesigner.reports.Cell;
import org.intdesigner.reports.Figures;
import org.intdesigner.reports.Tone;
import org.intdesigner.workforce.metrics.MetricCatalogue;
import org.intdesigner.workforce.metrics.MetricFormula;
import org.intdesigner.workforce.metrics.MetricRow;
import org.intdesigner.workforce.metrics.Rag;
import org.intdesigner.workforce.metrics.SmallNumberSuppression;
import org.intdesigner.workforce.metrics.Target;

/**
 * A metric's figure as a report cell, as a dashboard tile shows it: the value (a number, so a
 * workbook keeps it one) rated red, amber or green against its target, the suppression mark for a
 * figure of too few people (text, never a number), "n/a" when it has no denominator.
 */
final class TileCells {

	private TileCells() {
	}

	static Cell value(MetricRow row, MetricFormula metric) {
		if (row == null) {
			return Cell.text("");
		}
		if (row.suppressed()) {
			return Cell.text(SmallNumberSuppression.MARK);
		}
		if (Double.isNaN(row.value())) {
			return Cell.text("n/a");
		}
		return Cell.number(row.value(), row.shownValue(metric.unit()), tone(row.rag()));
	}

	/** The RAG rating written out (so it does not rest on colour), in its colour. */
	static Cell rag(MetricRow row) {
		if (row == null || row.suppressed() || row.rag() == Rag.NONE) {
			return Cell.text("");
		}
		return new Cell(row.rag().name(), null, tone(row.rag()));
	}

	/** "<= 10" or ">= 85", as the dashboard's tiles show a target; empty without one. */
	static String target(MetricFormula metric) {
		Target target = MetricCatalogue.targetOf(metric);
		return target == null ? "" : (target.higherIsBetter() ? ">= " : "<= ") + Figures.format(target.value());
	}

	static Double targetValue(MetricFormula metric) {
		Target target = MetricCatalogue.targetOf(metric);
		return target == null ? null : target.value();
	}

	static Tone tone(Rag rag) {
		return switch (rag) {
		case GREEN -> Tone.GREEN;
		case AMBER -> Tone.AMBER;
		case RED -> Tone.RED;
		case NONE -> Tone.PLAIN;
		};
	}
}
