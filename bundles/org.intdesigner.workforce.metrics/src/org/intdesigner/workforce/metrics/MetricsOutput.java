package org.intdesigner.workforce.metrics;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.intdesigner.io.SpreadsheetText;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A breakdown as text for people, CSV for spreadsheets or JSON for scripts. Suppressed figures
 * leave as {@link SmallNumberSuppression#MARK} (JSON: {@code "suppressed": true} and no numbers), so no output
 * carries a count of fewer people than the threshold.
 */
public enum MetricsOutput {
	TEXT, CSV, JSON;

	public static MetricsOutput parse(String text) {
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("Unknown format '" + text + "': use text, csv or json.");
		}
	}

	public String write(MetricTable table) {
		return switch (this) {
		case TEXT -> text(table);
		case CSV -> csv(table);
		case JSON -> json(table);
		};
	}

	private static List<Cut> cuts(MetricTable table) {
		return table.query().cuts();
	}

	/** The people counts behind a row, each suppressed on its own when small. */
	private static List<Measure> counts(MetricTable table) {
		return table.metric().measures().stream().filter(Measure::isPeopleCount).toList();
	}

	private static String count(MetricTable table, MetricRow row, Measure measure) {
		double value = row.measures().get(measure);
		return row.suppressed() || table.query().suppression().hides(value) ? SmallNumberSuppression.MARK
				: String.format(Locale.ROOT, "%.0f", value);
	}

	private static String text(MetricTable table) {
		StringBuilder out = new StringBuilder();
		MetricFormula metric = table.metric();
		out.append(metric.label()).append(" (").append(metric.unit()).append("), ").append(table.query().period().label());
		if (table.query().target() != null) {
			Target target = table.query().target();
			out.append(String.format(Locale.ROOT, "; target %s %.1f", target.higherIsBetter() ? ">=" : "<=", target.value()));
		}
		out.append('\n');
		for (MetricRow row : table.rows()) {
			List<String> parts = new ArrayList<>();
			for (Cut cut : cuts(table)) {
				parts.add(row.key().get(cut));
			}
			out.append(parts.isEmpty() ? "all" : String.join(" / ", parts)).append(": ").append(row.shownValue());
			if (row.rag() != Rag.NONE) {
				out.append(" [").append(row.rag()).append(']');
			}
			List<String> counts = new ArrayList<>();
			for (Measure measure : counts(table)) {
				counts.add(measure.variable() + " " + count(table, row, measure));
			}
			out.append(counts.isEmpty() ? "" : "  (" + String.join(", ", counts) + ")").append('\n');
		}
		boolean anySuppressed = table.rows().stream().anyMatch(MetricRow::suppressed);
		if (anySuppressed) {
			out.append(SmallNumberSuppression.MARK).append(" suppressed: fewer than ").append(table.query().suppression().threshold())
					.append(" people\n");
		}
		return out.toString();
	}

	private static String csv(MetricTable table) {
		List<String> header = new ArrayList<>();
		cuts(table).forEach(cut -> header.add(cut.label()));
		header.addAll(List.of("period", "metric", "value", "unit", "rag"));
		counts(table).forEach(measure -> header.add(measure.variable()));
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
				.setHeader(header.stream().map(SpreadsheetText::forCell).toArray(String[]::new)).get())) {
			for (MetricRow row : table.rows()) {
				List<String> record = new ArrayList<>();
				cuts(table).forEach(cut -> record.add(row.key().get(cut)));
				record.addAll(List.of(row.period().label(), table.metric().id(),
						row.suppressed() || Double.isNaN(row.value()) ? row.shownValue() : Double.toString(row.value()),
						table.metric().unit(), row.rag() == Rag.NONE ? "" : row.rag().name()));
				counts(table).forEach(measure -> record.add(count(table, row, measure)));
				// names come from the partners' files: none may run as a formula where the CSV is opened
				printer.printRecord(record.stream().map(SpreadsheetText::forCell).toList());
			}
		} catch (IOException e) {
			throw new IllegalStateException("writing to a string cannot fail", e);
		}
		return out.toString();
	}

	private static String json(MetricTable table) {
		JsonObject root = new JsonObject();
		root.addProperty("metric", table.metric().id());
		root.addProperty("label", table.metric().label());
		root.addProperty("unit", table.metric().unit());
		root.addProperty("period", table.query().period().label());
		root.addProperty("suppressionThreshold", table.query().suppression().threshold());
		JsonArray rows = new JsonArray();
		for (MetricRow row : table.rows()) {
			JsonObject json = new JsonObject();
			row.key().forEach((cut, value) -> json.addProperty(cut.label(), value));
			json.addProperty("period", row.period().label());
			json.addProperty("suppressed", row.suppressed());
			if (!row.suppressed() && !Double.isNaN(row.value())) {
				json.addProperty("value", row.value());
			}
			if (row.rag() != Rag.NONE) {
				json.addProperty("rag", row.rag().name());
			}
			for (Measure measure : counts(table)) {
				String count = count(table, row, measure);
				if (!SmallNumberSuppression.MARK.equals(count)) {
					json.addProperty(measure.variable(), Double.parseDouble(count));
				}
			}
			rows.add(json);
		}
		root.add("rows", rows);
		return new GsonBuilder().setPrettyPrinting().create().toJson(root) + "\n";
	}
}
