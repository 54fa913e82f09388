package org.intdesigner.development;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.intdesigner.io.OutputFormat;
import org.intdesigner.io.SpreadsheetText;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Skill sufficiency as text, CSV or JSON. JSON keys are a contract other tools read:
 * {@code {"rows":[{"unit","requirements","met","sufficiency","singlePoints","expiring"}]}}, with "generalist" (the
 * same rows for the generalist capabilities), "total", "basis", "day" and "expiringDays"; sufficiency is null where a
 * unit has no requirements.
 */
public final class SkillsOutput {

	private SkillsOutput() {
	}

	public static String write(OutputFormat format, SufficiencyReport report, SkillCut cut) {
		return switch (format) {
		case TEXT -> text(report, cut);
		case CSV -> csv(report, cut);
		case JSON -> json(report, cut);
		};
	}

	private static String text(SufficiencyReport report, SkillCut cut) {
		StringBuilder out = new StringBuilder();
		out.append("Skill sufficiency on ").append(report.day()).append(", from ").append(report.held().basis().label())
				.append("; expiring: training lapsing within ").append(report.expiringDays()).append(" days\n\n");
		table(out, cut.label(), report.rows(cut), report.total());
		out.append("\nGeneralist capabilities (working across boundaries, population-health data, quality improvement,"
				+ " psycho-social skills, ...):\n\n");
		table(out, cut.label(), report.generalistRows(cut), report.generalistTotal());
		return out.toString();
	}

	private static void table(StringBuilder out, String unitHeader, List<SufficiencyRow> rows, SufficiencyRow total) {
		out.append(String.format(Locale.ROOT, "%-40s %12s %6s %12s %13s %9s%n", unitHeader, "requirements", "met",
				"sufficiency", "single points", "expiring"));
		for (SufficiencyRow row : rows) {
			line(out, clip(row.unit(), 40), row);
		}
		if (rows.isEmpty()) {
			out.append("(no requirements)\n");
		} else {
			line(out, "all", total);
		}
	}

	private static void line(StringBuilder out, String unit, SufficiencyRow row) {
		out.append(String.format(Locale.ROOT, "%-40s %12d %6d %12s %13d %9d%n", unit, row.requirements(), row.met(),
				row.sufficiencyText(), row.singlePoints(), row.expiring()));
	}

	private static String clip(String text, int width) {
		return text.length() <= width ? text : text.substring(0, width - 1) + "…";
	}

	private static String csv(SufficiencyReport report, SkillCut cut) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
				.setHeader(cut.label(), "capabilities", "requirements", "met", "sufficiency", "single_points", "expiring").get())) {
			for (SufficiencyRow row : report.rows(cut)) {
				record(printer, row, "all");
			}
			for (SufficiencyRow row : report.generalistRows(cut)) {
				record(printer, row, "generalist");
			}
		} catch (IOException e) {
			throw new IllegalStateException("writing to a string cannot fail", e);
		}
		return out.toString();
	}

	private static void record(CSVPrinter printer, SufficiencyRow row, String capabilities) throws IOException {
		printer.printRecord(SpreadsheetText.forCell(row.unit()), capabilities, row.requirements(), row.met(),
				Double.isNaN(row.sufficiency()) ? "" : Double.toString(row.sufficiency()), row.singlePoints(), row.expiring());
	}

	private static String json(SufficiencyReport report, SkillCut cut) {
		JsonObject root = new JsonObject();
		root.add("rows", rows(report.rows(cut)));
		root.add("generalist", rows(report.generalistRows(cut)));
		root.add("total", row(report.total()));
		root.addProperty("by", cut.label());
		root.addProperty("basis", report.held().basis().name().toLowerCase(Locale.ROOT));
		root.addProperty("day", report.day().toString());
		root.addProperty("expiringDays", report.expiringDays());
		return new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(root) + "\n";
	}

	private static JsonArray rows(List<SufficiencyRow> rows) {
		JsonArray array = new JsonArray();
		rows.forEach(row -> array.add(row(row)));
		return array;
	}

	private static JsonObject row(SufficiencyRow row) {
		JsonObject json = new JsonObject();
		json.addProperty("unit", row.unit());
		if (row.element() != null) {
			json.addProperty("unitId", row.element().getId());
		}
		json.addProperty("requirements", row.requirements());
		json.addProperty("met", row.met());
		json.addProperty("sufficiency", Double.isNaN(row.sufficiency()) ? null : row.sufficiency());
		json.addProperty("singlePoints", row.singlePoints());
		json.addProperty("expiring", row.expiring());
		return json;
	}
}
