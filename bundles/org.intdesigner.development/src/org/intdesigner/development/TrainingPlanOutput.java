package org.intdesigner.development;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import org.intdesigner.io.ExportTable;
import org.intdesigner.io.OutputFormat;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A training plan as text (every table, for reading), CSV (the training needs, one row per gap; the other tables come
 * with an export to files) or JSON: {@code {"trainingNeeds":[...],"cohorts":[...],"rotations":[...],
 * "communitiesOfPractice":[...],"hoursByRole":[...],"totalHours","totalCost","basis","day"}}, each row keyed by its
 * column's name in camel case ("short by" is "shortBy").
 */
public final class TrainingPlanOutput {

	private TrainingPlanOutput() {
	}

	public static String write(OutputFormat format, TrainingPlan plan) {
		List<ExportTable> tables = PlanTables.of(plan);
		return switch (format) {
		case TEXT -> text(plan, tables);
		case CSV -> csv(tables.get(0));
		case JSON -> json(plan, tables);
		};
	}

	private static String text(TrainingPlan plan, List<ExportTable> tables) {
		StringBuilder out = new StringBuilder();
		SufficiencyRow total = plan.report().total();
		out.append(String.format(Locale.ROOT, "Training plan on %s, from %s: %d of %d requirements met (%s), %d gaps;"
				+ " %d cohorts, %s hours, £%,.0f; %d rotations; %d communities of practice%n", plan.report().day(),
				plan.report().held().basis().label(), total.met(), total.requirements(), total.sufficiencyText(),
				plan.needs().size(), plan.cohorts().size(), number(plan.totalHours()), plan.totalCost(), plan.rotations().size(),
				plan.communities().size()));
		for (ExportTable table : tables) {
			out.append('\n').append(table.name()).append(" (").append(table.rows().size()).append(")\n");
			for (List<Object> row : table.rows()) {
				StringBuilder line = new StringBuilder("  ");
				for (int c = 0; c < row.size(); c++) {
					String cell = row.get(c) instanceof Number n ? number(n.doubleValue()) : String.valueOf(row.get(c));
					if (!cell.isEmpty()) {
						line.append(line.length() > 2 ? "; " : "").append(table.header().get(c)).append(": ").append(cell);
					}
				}
				out.append(line).append('\n');
			}
			if (table.rows().isEmpty()) {
				out.append("  (none)\n");
			}
		}
		return out.toString();
	}

	static String number(double value) {
		return value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%,.2f", value);
	}

	private static String csv(ExportTable needs) {
		StringWriter out = new StringWriter();
		try {
			TrainingPlanExport.csv(needs, out);
		} catch (IOException e) {
			throw new IllegalStateException("writing to a string cannot fail", e);
		}
		return out.toString();
	}

	private static String json(TrainingPlan plan, List<ExportTable> tables) {
		JsonObject root = new JsonObject();
		for (ExportTable table : tables) {
			JsonArray rows = new JsonArray();
			for (List<Object> row : table.rows()) {
				JsonObject json = new JsonObject();
				for (int c = 0; c < row.size(); c++) {
					String key = camel(table.header().get(c));
					if (row.get(c) instanceof Number number) {
						json.addProperty(key, number);
					} else {
						json.addProperty(key, String.valueOf(row.get(c)));
					}
				}
				rows.add(json);
			}
			root.add(camel(table.name()), rows);
		}
		root.addProperty("totalHours", plan.totalHours());
		root.addProperty("totalCost", plan.totalCost());
		root.addProperty("basis", plan.report().held().basis().name().toLowerCase(Locale.ROOT));
		root.addProperty("day", plan.report().day().toString());
		return new GsonBuilder().setPrettyPrinting().create().toJson(root) + "\n";
	}

	/** "people needed" is "peopleNeeded", "convenors (experts)" is "convenorsExperts". */
	static String camel(String words) {
		String[] parts = words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").trim().split(" +");
		StringBuilder key = new StringBuilder(parts[0]);
		for (int i = 1; i < parts.length; i++) {
			key.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
		}
		return key.toString();
	}
}
