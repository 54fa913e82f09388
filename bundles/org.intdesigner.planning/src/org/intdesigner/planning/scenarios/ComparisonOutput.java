package org.intdesigner.planning.scenarios;

import org.intdesigner.model.compare.ModelChange;
import org.intdesigner.model.compare.ModelComparison;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.intdesigner.io.OutputFormat;
import org.intdesigner.io.SpreadsheetText;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The changes between two models as text (a summary, then one line per change), CSV or JSON. JSON keys are a contract
 * other tools read: {@code {"changes":[{"change":"added|removed|changed|moved","type":"Post","id","code","name",
 * "feature","before","after"}]}}.
 */
public final class ComparisonOutput {

	private static final List<String> COLUMNS = List.of("change", "type", "id", "code", "name", "feature", "before", "after");

	private ComparisonOutput() {
	}

	public static String write(OutputFormat format, List<ModelChange> changes) {
		return switch (format) {
		case TEXT -> text(changes);
		case CSV -> csv(changes);
		case JSON -> json(changes);
		};
	}

	private static String text(List<ModelChange> changes) {
		Map<ModelChange.Kind, Integer> counts = ModelComparison.counts(changes);
		StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%d change%s: %d added, %d removed, %d changed, %d moved%n",
				changes.size(), changes.size() == 1 ? "" : "s", counts.getOrDefault(ModelChange.Kind.ADDED, 0), counts.getOrDefault(ModelChange.Kind.REMOVED, 0),
				counts.getOrDefault(ModelChange.Kind.CHANGED, 0), counts.getOrDefault(ModelChange.Kind.MOVED, 0)));
		for (ModelChange change : changes) {
			out.append(String.format(Locale.ROOT, "  %-7s %s '%s'%s", change.change().label(), change.type(), change.name(),
					change.code().isEmpty() ? "" : " [" + change.code() + "]"));
			if (!change.feature().isEmpty()) {
				out.append(": ").append(change.feature()).append(" '").append(change.before()).append("' -> '")
						.append(change.after()).append('\'');
			}
			out.append('\n');
		}
		return out.toString();
	}

	private static String csv(List<ModelChange> changes) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
			for (ModelChange change : changes) {
				printer.printRecord(change.change().label(), change.type(), change.id(), SpreadsheetText.forCell(change.code()),
						SpreadsheetText.forCell(change.name()), change.feature(), SpreadsheetText.forCell(change.before()),
						SpreadsheetText.forCell(change.after()));
			}
		} catch (IOException e) {
			throw new IllegalStateException("writing to a string cannot fail", e);
		}
		return out.toString();
	}

	private static String json(List<ModelChange> changes) {
		JsonArray array = new JsonArray();
		for (ModelChange change : changes) {
			JsonObject json = new JsonObject();
			json.addProperty("change", change.change().label());
			json.addProperty("type", change.type());
			json.addProperty("id", change.id());
			json.addProperty("code", change.code());
			json.addProperty("name", change.name());
			json.addProperty("feature", change.feature());
			json.addProperty("before", change.before());
			json.addProperty("after", change.after());
			array.add(json);
		}
		JsonObject root = new JsonObject();
		root.add("changes", array);
		return new GsonBuilder().setPrettyPrinting().create().toJson(root) + "\n";
	}
}
