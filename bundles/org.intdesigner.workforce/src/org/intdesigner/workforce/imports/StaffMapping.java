package org.intdesigner.workforce.imports;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.intdesigner.workforce.imports.api.ImportTarget;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * How a staff spreadsheet's own columns feed the staff columns, as its mapping file (JSON) says:
 * <pre>
 * { "columns": { "person_id": "Assignment Number", "org_id": "Organisation", ... },
 *   "dateFormat": "dd-MMM-yyyy",
 *   "fteHours": 37.5,
 *   "values": { "leaving_reason": { "Voluntary Resignation - Relocation": "relocation" } } }
 * </pre>
 * {@code dateFormat} (optional) is a Java date pattern read in UK English, case ignored; {@code fteHours}
 * (optional) says the fte column holds contracted hours a week, a full-time week being that many;
 * {@code values} (optional) replace cells written one way by another (case ignored), column by column.
 * Every problem names the mapping file; a mapping with any problem is not used.
 */
final class StaffMapping {

	static final List<String> REQUIRED = List.of("person_id", "org_id", "role_id", "fte", "start_date");
	private static final Set<String> KEYS = Set.of("columns", "dateFormat", "fteHours", "values");

	/** staff column -> the file's header as the mapping writes it */
	final Map<String, String> headers = new LinkedHashMap<>();
	/** staff column -> (a cell in lower case -> what it stands for) */
	final Map<String, Map<String, String>> values = new HashMap<>();
	String dateFormat;
	DateTimeFormatter dates;
	BigDecimal fteHours;

	private StaffMapping() {
	}

	/** The mapping in {@code input}, or null when it has a problem (reported, naming the file). */
	static StaffMapping read(ImportInput input, Problems problems) {
		JsonObject root;
		try (Reader in = new InputStreamReader(input.opener().open(), StandardCharsets.UTF_8)) {
			JsonElement parsed = JsonParser.parseReader(in);
			if (!parsed.isJsonObject()) {
				problems.addOf(input.name(), 0, "", "not a mapping: write a JSON object { \"columns\": { \"person_id\":"
						+ " \"Assignment Number\", ... } }");
				return null;
			}
			root = parsed.getAsJsonObject();
		} catch (IOException | JsonParseException e) {
			problems.addOf(input.name(), 0, "", "cannot be read as JSON: " + e.getMessage());
			return null;
		}
		StaffMapping mapping = new StaffMapping();
		long before = problems.count();
		mapping.read(root, input.name(), problems);
		return problems.count() == before ? mapping : null;
	}

	private void read(JsonObject root, String file, Problems problems) {
		for (String key : root.keySet()) {
			if (!KEYS.contains(key)) {
				problems.addOf(file, 0, key, "not a part of a mapping: use columns, dateFormat, fteHours and values");
			}
		}
		List<String> staff = ImportTarget.STAFF.columns();
		JsonObject columns = object(root, "columns", file, problems);
		if (columns == null) {
			problems.addOf(file, 0, "columns", "missing: name the header of the file that feeds each staff column, e.g."
					+ " \"columns\": { \"person_id\": \"Assignment Number\" }");
			return;
		}
		for (Map.Entry<String, JsonElement> column : columns.entrySet()) {
			if (!staff.contains(column.getKey())) {
				problems.addOf(file, 0, column.getKey(), "not a staff column: map headers onto " + String.join(", ", staff));
			} else if (!column.getValue().isJsonPrimitive() || column.getValue().getAsString().isBlank()) {
				problems.addOf(file, 0, column.getKey(), "give the header of the file that feeds it, as text");
			} else {
				headers.put(column.getKey(), column.getValue().getAsString().trim());
			}
		}
		for (String required : REQUIRED) {
			if (!columns.has(required)) {
				problems.addOf(file, 0, required, "not mapped: every staff row needs a " + required + "; name the header"
						+ " of the file that feeds it");
			}
		}
		readFormats(root, file, problems);
		JsonObject maps = object(root, "values", file, problems);
		if (maps != null) {
			for (Map.Entry<String, JsonElement> column : maps.entrySet()) {
				readValues(column.getKey(), column.getValue(), file, problems);
			}
		}
	}

	private void readFormats(JsonObject root, String file, Problems problems) {
		if (root.has("dateFormat")) {
			dateFormat = root.get("dateFormat").getAsString();
			try {
				dates = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(dateFormat)
						.toFormatter(Locale.UK);
			} catch (IllegalArgumentException e) {
				problems.addOf(file, 0, "dateFormat", "'" + dateFormat + "' is not a date pattern (" + e.getMessage()
						+ "): write it as Java does, e.g. dd/MM/yyyy or dd-MMM-yyyy");
			}
		}
		if (root.has("fteHours")) {
			try {
				fteHours = root.get("fteHours").getAsBigDecimal();
			} catch (RuntimeException e) {
				fteHours = null;
			}
			if (fteHours == null || fteHours.signum() <= 0) {
				problems.addOf(file, 0, "fteHours", "'" + root.get("fteHours") + "' is not a number of hours: write the"
						+ " hours of a full-time week, e.g. 37.5");
			}
		}
	}

	private void readValues(String column, JsonElement map, String file, Problems problems) {
		if (!headers.containsKey(column)) {
			problems.addOf(file, 0, "values." + column, "values for a column the mapping does not map: map it under"
					+ " columns, or remove its values");
			return;
		}
		if (!map.isJsonObject()) {
			problems.addOf(file, 0, "values." + column, "write the values as { \"as in the file\": \"as stored\" }");
			return;
		}
		Map<String, String> these = new HashMap<>();
		for (Map.Entry<String, JsonElement> value : map.getAsJsonObject().entrySet()) {
			these.put(value.getKey().trim().toLowerCase(Locale.ROOT),
					value.getValue().isJsonNull() ? "" : value.getValue().getAsString().trim());
		}
		values.put(column, these);
	}

	private static JsonObject object(JsonObject root, String key, String file, Problems problems) {
		if (!root.has(key)) {
			return null;
		}
		if (!root.get(key).isJsonObject()) {
			problems.addOf(file, 0, key, "must be a JSON object { ... }");
			return null;
		}
		return root.getAsJsonObject(key);
	}

	/** The file's header that feeds {@code column} (lower case, as rows are read), or null when none does. */
	String header(String column) {
		String header = headers.get(column);
		return header == null ? null : header.toLowerCase(Locale.ROOT);
	}

	/** How a problem names a staff column: by the file's header, with the staff column it feeds. */
	String label(String column) {
		String header = headers.get(column);
		return header == null ? column : header + " (" + column + ")";
	}

	/** The cell as the mapping's values say, or as written. */
	String value(String column, String cell) {
		Map<String, String> these = values.get(column);
		if (these == null || cell.isEmpty()) {
			return cell;
		}
		return these.getOrDefault(cell.toLowerCase(Locale.ROOT), cell);
	}
}
