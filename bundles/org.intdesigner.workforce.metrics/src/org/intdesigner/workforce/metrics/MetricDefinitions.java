package org.intdesigner.workforce.metrics;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A place's own metrics, kept as JSON so partners can share them:
 * {@code [{"id": "satisfaction", "label": "Staff satisfaction", "unit": "0-10",
 * "expression": "(motivation + advocacy) / 2", "target": 7, "amber": 0.5, "higherIsBetter": true}]}.
 * A wrong entry is reported with the file, its position and what to fix; nothing is half-read.
 */
public final class MetricDefinitions {

	/** A definition and the target its figures are rated against (null: not rated). */
	public record Entry(MetricDefinition definition, Target target) {
	}

	private MetricDefinitions() {
	}

	public static List<Entry> read(Path file) throws IOException {
		JsonElement root;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			root = JsonParser.parseReader(reader);
		} catch (JsonParseException e) {
			throw new IOException(file + " is not valid JSON: " + e.getMessage(), e);
		}
		if (!root.isJsonArray()) {
			throw new IOException(file + " must hold a JSON array of metric definitions ([{\"id\": ..., \"expression\": ...}]).");
		}
		JsonArray array = root.getAsJsonArray();
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			String where = file + ", definition " + (i + 1);
			if (!array.get(i).isJsonObject()) {
				throw new IOException(where + " is not an object with id, label and expression.");
			}
			JsonObject json = array.get(i).getAsJsonObject();
			String id = text(json, "id", where);
			String expression = text(json, "expression", where);
			String label = json.has("label") ? json.get("label").getAsString() : id;
			String unit = json.has("unit") ? json.get("unit").getAsString() : "";
			MetricDefinition definition;
			try {
				definition = new MetricDefinition(id, label, unit, expression);
			} catch (IllegalArgumentException e) {
				throw new IOException(where + ": " + e.getMessage(), e);
			}
			Target target = null;
			if (json.has("target")) {
				try {
					target = new Target(json.get("target").getAsDouble(), json.has("amber") ? json.get("amber").getAsDouble() : 0,
							!json.has("higherIsBetter") || json.get("higherIsBetter").getAsBoolean());
				} catch (RuntimeException e) {
					throw new IOException(where + ": target, amber and higherIsBetter must be a number, a number and true or false.", e);
				}
			}
			entries.add(new Entry(definition, target));
		}
		return entries;
	}

	private static String text(JsonObject json, String name, String where) throws IOException {
		if (!json.has(name) || !json.get(name).isJsonPrimitive() || json.get(name).getAsString().isBlank()) {
			throw new IOException(where + " has no \"" + name + "\".");
		}
		return json.get(name).getAsString();
	}
}
