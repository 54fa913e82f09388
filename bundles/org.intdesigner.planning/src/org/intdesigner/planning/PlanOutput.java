package org.intdesigner.planning;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.intdesigner.io.SpreadsheetText;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A plan as text, CSV or JSON. JSON keys are a contract other tools read:
 * {@code {"rows":[{"role","unit","year","need","supply","supplyP10","supplyP90","gap"}]}} (plus "roleId", "unitId"
 * and "priority"; figures unrounded; null where not known), with {@code "problems"} naming what was not computed.
 * Text and CSV leave the problems out: they are for standard error ({@link PlanProblems}).
 */
public final class PlanOutput {

	private PlanOutput() {
	}

	public static String write(PlanFormat format, Plan plan, ElementPlaces places) {
		List<PlanTable.Row> rows = PlanTable.of(plan);
		return switch (format) {
		case TEXT -> text(plan, rows);
		case CSV -> csv(rows);
		case JSON -> json(plan, rows, places);
		};
	}

	private static String text(Plan plan, List<PlanTable.Row> rows) {
		StringBuilder out = new StringBuilder();
		int horizon = rows.stream().mapToInt(PlanTable.Row::year).max().orElse(0);
		for (int year : horizon == 0 ? List.of(0) : List.of(0, horizon)) {
			List<Plan.GapRow> ranked = WorkforcePlan.ranked(plan, year);
			if (ranked.isEmpty()) {
				continue;
			}
			out.append(year == 0 ? "Gaps now" : "Gaps in " + year + " years").append(", most urgent first (need - supply;"
					+ " positive: a shortage):\n");
			for (Plan.GapRow gap : ranked) {
				out.append(String.format(Locale.ROOT, "  %s in %s: need %s, supply %s (P10 %s, P90 %s): %s %s%s%n",
						PlanText.name(gap.role()), PlanText.name(gap.unit()), PlanText.staff(gap.need()),
						PlanText.staff(gap.supply()), PlanText.staff(gap.supplyP10()), PlanText.staff(gap.supplyP90()),
						gap.gap() > 0 ? "shortage" : gap.gap() < 0 ? "surplus" : "balanced", PlanText.staff(Math.abs(gap.gap())),
						gap.priority() == Integer.MAX_VALUE ? "" : ", needs of priority " + gap.priority()));
			}
			out.append('\n');
		}
		out.append(String.format(Locale.ROOT, "%-32s %-24s %4s %8s %8s %8s %8s %8s%n", "role", "unit", "year", "need", "supply",
				"P10", "P90", "gap"));
		for (PlanTable.Row row : rows) {
			out.append(String.format(Locale.ROOT, "%-32s %-24s %4d %8s %8s %8s %8s %8s%n", clip(PlanText.name(row.role()), 32),
					clip(PlanText.name(row.unit()), 24), row.year(), shown(row.need()), shown(row.supply()),
					shown(row.supplyP10()), shown(row.supplyP90()), shown(row.gap())));
		}
		if (rows.isEmpty()) {
			out.append("(nothing to plan: the model has no WISN studies and no supply assumptions)\n");
		}
		if (plan.notes().isEmpty()) {
			out.append("Supply figures not given in the model come from ").append(plan.storeSource()).append(".\n");
		}
		for (String note : plan.notes()) {
			out.append(note).append('\n');
		}
		return out.toString();
	}

	private static String clip(String text, int width) {
		return text.length() <= width ? text : text.substring(0, width - 1) + "…";
	}

	private static String shown(double value) {
		return Double.isNaN(value) ? "-" : PlanText.staff(value);
	}

	private static String csv(List<PlanTable.Row> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
				.setHeader("role", "unit", "year", "need", "supply", "supply_p10", "supply_p90", "gap", "priority").get())) {
			for (PlanTable.Row row : rows) {
				printer.printRecord(SpreadsheetText.forCell(PlanText.name(row.role())), SpreadsheetText.forCell(PlanText.name(row.unit())),
						row.year(), cell(row.need()), cell(row.supply()), cell(row.supplyP10()), cell(row.supplyP90()), cell(row.gap()),
						row.priority() == Integer.MAX_VALUE ? "" : Integer.toString(row.priority()));
			}
		} catch (IOException e) {
			throw new IllegalStateException("writing to a string cannot fail", e);
		}
		return out.toString();
	}

	private static String cell(double value) {
		return Double.isNaN(value) ? "" : Double.toString(value);
	}

	private static String json(Plan plan, List<PlanTable.Row> rows, ElementPlaces places) {
		JsonObject root = new JsonObject();
		JsonArray array = new JsonArray();
		for (PlanTable.Row row : rows) {
			JsonObject json = new JsonObject();
			json.addProperty("role", PlanText.name(row.role()));
			json.addProperty("roleId", row.role().getId());
			json.addProperty("unit", PlanText.name(row.unit()));
			json.addProperty("unitId", row.unit().getId());
			json.addProperty("year", row.year());
			WisnOutput.number(json, "need", row.need());
			WisnOutput.number(json, "supply", row.supply());
			WisnOutput.number(json, "supplyP10", row.supplyP10());
			WisnOutput.number(json, "supplyP90", row.supplyP90());
			WisnOutput.number(json, "gap", row.gap());
			if (row.priority() != Integer.MAX_VALUE) {
				json.addProperty("priority", row.priority());
			}
			array.add(json);
		}
		root.add("rows", array);
		root.addProperty("supplySource", plan.storeSource());
		JsonArray notes = new JsonArray();
		plan.notes().forEach(notes::add);
		root.add("fromStore", notes);
		root.add("problems", PlanText.problemsJson(plan.problems(), places));
		return new GsonBuilder().setPrettyPrinting().create().toJson(root) + "\n";
	}
}
