package org.intdesigner.planning;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.intdesigner.io.SpreadsheetText;
import org.intdesigner.planning.wisn.WisnResult;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * The WISN figures of the need rows of one year, as text, CSV or JSON. JSON keys are a contract other tools read:
 * {@code {"studies":[{"id","name","awtDays","awtHours","activities":[{"activity","standardWorkload","staff"}],
 * "healthServiceStaff","categoryAllowancePercent","categoryAllowanceFactor","individualAllowanceFactor",
 * "requiredStaff","currentStaff","difference","ratio"}]}} (plus "role", "unit", "unitId", "year" and "priority";
 * figures unrounded; a figure that does not exist, such as the ratio when no staff are needed, is null), and
 * {@code "problems":[{"id","name","place","message"}]} for the studies that were not computed. Text and CSV leave
 * the problems out: they are for standard error ({@link PlanProblems}).
 */
public final class WisnOutput {

	private WisnOutput() {
	}

	public static String write(PlanFormat format, List<Plan.NeedRow> rows, List<Plan.Problem> problems, ElementPlaces places) {
		return switch (format) {
		case TEXT -> text(rows, problems, places);
		case CSV -> csv(rows);
		case JSON -> json(rows, problems, places);
		};
	}

	private static String text(List<Plan.NeedRow> rows, List<Plan.Problem> problems, ElementPlaces places) {
		StringBuilder out = new StringBuilder();
		for (Plan.NeedRow row : rows) {
			WisnResult r = row.result();
			out.append(row.study().getName()).append(": ").append(PlanText.name(row.role())).append(" in ")
					.append(PlanText.name(row.unit())).append(row.year() == 0 ? "" : ", in " + row.year() + " year(s)").append('\n');
			out.append(String.format(Locale.ROOT, "  available working time %s days, %s hours a year%n", PlanText.figure(r.awtDays()),
					PlanText.figure(r.awtHours())));
			for (WisnResult.Activity activity : r.activities()) {
				out.append(String.format(Locale.ROOT, "  %s: standard workload %s a year, %s staff%n", activity.activity(),
						PlanText.figure(activity.standardWorkload()), PlanText.staff(activity.staff())));
			}
			out.append(String.format(Locale.ROOT, "  health-service staff %s; category allowances %s %% (CAF %s); IAF %s%n",
					PlanText.staff(r.healthServiceStaff()), PlanText.staff(r.categoryAllowancePercent()),
					PlanText.factor(r.categoryAllowanceFactor()), PlanText.factor(r.individualAllowanceFactor())));
			out.append("  required ").append(PlanText.staff(r.requiredStaff()));
			if (!Double.isNaN(r.currentStaff())) {
				out.append(", current ").append(PlanText.staff(r.currentStaff())).append(": difference ")
						.append(PlanText.staff(r.difference())).append(r.difference() < 0 ? " (shortage)" : r.difference() > 0 ? " (surplus)" : "")
						.append(", WISN ratio ").append(Double.isNaN(r.ratio()) ? "none (no staff needed)" : PlanText.factor(r.ratio()));
			}
			out.append("\n\n");
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			out.append("The model has no WISN studies.\n");
		}
		return out.toString();
	}

	private static String csv(List<Plan.NeedRow> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("study_id", "study", "role", "unit",
				"year", "awt_days", "awt_hours", "health_service_staff", "category_allowance_percent", "category_allowance_factor",
				"individual_allowance_factor", "required_staff", "current_staff", "difference", "ratio").get())) {
			for (Plan.NeedRow row : rows) {
				WisnResult r = row.result();
				printer.printRecord(SpreadsheetText.forCell(row.study().getId()), SpreadsheetText.forCell(row.study().getName()),
						SpreadsheetText.forCell(PlanText.name(row.role())), SpreadsheetText.forCell(PlanText.name(row.unit())),
						row.year(), r.awtDays(), r.awtHours(), r.healthServiceStaff(), r.categoryAllowancePercent(),
						r.categoryAllowanceFactor(), r.individualAllowanceFactor(), r.requiredStaff(), cell(r.currentStaff()),
						cell(r.difference()), cell(r.ratio()));
			}
		} catch (IOException e) {
			throw new IllegalStateException("writing to a string cannot fail", e);
		}
		return out.toString();
	}

	private static String cell(double value) {
		return Double.isNaN(value) ? "" : Double.toString(value);
	}

	private static String json(List<Plan.NeedRow> rows, List<Plan.Problem> problems, ElementPlaces places) {
		JsonObject root = new JsonObject();
		JsonArray studies = new JsonArray();
		for (Plan.NeedRow row : rows) {
			WisnResult r = row.result();
			JsonObject study = new JsonObject();
			study.addProperty("id", row.study().getId());
			study.addProperty("name", row.study().getName());
			study.addProperty("role", PlanText.name(row.role()));
			study.addProperty("unit", PlanText.name(row.unit()));
			study.addProperty("unitId", row.unit().getId());
			study.addProperty("year", row.year());
			study.addProperty("awtDays", r.awtDays());
			study.addProperty("awtHours", r.awtHours());
			JsonArray activities = new JsonArray();
			for (WisnResult.Activity a : r.activities()) {
				JsonObject activity = new JsonObject();
				activity.addProperty("activity", a.activity());
				number(activity, "standardWorkload", a.standardWorkload());
				number(activity, "staff", a.staff());
				activities.add(activity);
			}
			study.add("activities", activities);
			number(study, "healthServiceStaff", r.healthServiceStaff());
			number(study, "categoryAllowancePercent", r.categoryAllowancePercent());
			number(study, "categoryAllowanceFactor", r.categoryAllowanceFactor());
			number(study, "individualAllowanceFactor", r.individualAllowanceFactor());
			number(study, "requiredStaff", r.requiredStaff());
			number(study, "currentStaff", r.currentStaff());
			number(study, "difference", r.difference());
			number(study, "ratio", r.ratio());
			if (row.priority() != Integer.MAX_VALUE) {
				study.addProperty("priority", row.priority());
			}
			studies.add(study);
		}
		root.add("studies", studies);
		root.add("problems", PlanText.problemsJson(problems, places));
		return new GsonBuilder().setPrettyPrinting().create().toJson(root) + "\n";
	}

	/** A figure, or null where it does not exist (JSON has no NaN). */
	static void number(JsonObject object, String key, double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			object.add(key, JsonNull.INSTANCE);
		} else {
			object.addProperty(key, value);
		}
	}
}
