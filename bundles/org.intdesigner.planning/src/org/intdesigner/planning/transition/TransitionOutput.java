package org.intdesigner.planning.transition;

import java.util.List;
import java.util.Locale;

import org.intdesigner.io.ExportTable;
import org.intdesigner.io.ExportTables;
import org.intdesigner.io.OutputFormat;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A transition plan as text (per wave: date, owner and reason; changes; people; cost and run rate; findings), CSV (the
 * changes, one row each with its wave; the other tables come with an export to files) or JSON, whose keys are a
 * contract other tools read: {@code {"baseline","scenario","baselineBill","baselineUncosted","waves":[{"name","date",
 * "owner","reason","scheduled","changes":[{"type","id","code","name","detail"}],"people":[{"id","code","post","before",
 * "after"}],"costChange","uncostedChanged","runRate","uncostedInRunRate","findings":[{"rule","severity","id","name",
 * "message"}]}],"uncosted":[{"id","code","name","model","whyNoCost"}],"notes":[...],"warnings":[...]}}. Money is a year's pay with
 * on-costs.
 */
public final class TransitionOutput {

	private TransitionOutput() {
	}

	public static String write(OutputFormat format, TransitionPlan plan) {
		return switch (format) {
		case TEXT -> text(plan);
		case CSV -> csv(TransitionTables.changes(plan));
		case JSON -> json(plan);
		};
	}

	private static String text(TransitionPlan plan) {
		StringBuilder out = new StringBuilder();
		long scheduled = plan.waves().stream().filter(PlanWave::scheduled).count();
		double last = plan.waves().isEmpty() ? plan.baselineBill() : plan.waves().get(plan.waves().size() - 1).runRate();
		out.append(String.format(Locale.ROOT, "Transition plan from '%s' to '%s': %d wave%s, %d change%s; annual pay bill %s"
				+ " now%s, %s after the last wave%n", plan.baseline(), plan.scenario(), scheduled, scheduled == 1 ? "" : "s",
				plan.changeCount(), plan.changeCount() == 1 ? "" : "s", money(plan.baselineBill()), left(plan.baselineUncosted()),
				money(last)));
		plan.notes().forEach(note -> out.append(note).append('\n'));
		PlanWave unscheduled = plan.unscheduled();
		if (unscheduled != null) {
			out.append(String.format(Locale.ROOT, "%d change%s in no wave, listed last as \"%s\": list their ids in a wave of"
					+ " the scenario to schedule them.%n", unscheduled.changes().size(), unscheduled.changes().size() == 1 ? " is"
							: "s are", PlanWave.UNSCHEDULED));
		}
		for (PlanWave wave : plan.waves()) {
			out.append('\n');
			if (wave.scheduled()) {
				out.append(String.format(Locale.ROOT, "Wave '%s', effective %s%s%s%n", wave.name(), wave.date(),
						wave.owner().isBlank() ? "" : ", owner " + wave.owner(), wave.reason().isBlank() ? "" : ": " + wave.reason()));
			} else {
				out.append(PlanWave.UNSCHEDULED).append(": changes in no wave\n");
			}
			out.append("  Changes (").append(wave.changes().size()).append(")\n");
			for (PlanChange change : wave.changes()) {
				out.append(String.format(Locale.ROOT, "    %-15s %s%s: %s%n", change.type().label(), change.name(),
						change.code().isEmpty() ? "" : " [" + change.code() + "]", change.detail()));
			}
			if (!wave.people().isEmpty()) {
				out.append("  People (").append(wave.people().size()).append(")\n");
				for (AffectedPerson person : wave.people()) {
					out.append(String.format(Locale.ROOT, "    %s%s: %s -> %s%n", person.post(),
							person.code().isEmpty() ? "" : " [" + person.code() + "]", person.before(), person.after()));
				}
			}
			out.append(String.format(Locale.ROOT, "  Cost: %s a year%s; run rate after it: %s a year%s%n",
					signed(wave.costChange()), left(wave.uncostedChanged()), money(wave.runRate()), left(wave.uncostedInRunRate())));
			out.append("  Findings it brings (").append(wave.findings().size()).append(")\n");
			for (PlanFinding finding : wave.findings()) {
				out.append(String.format(Locale.ROOT, "    %s %s %s%n", finding.severity().toUpperCase(Locale.ROOT), finding.rule(),
						finding.message()));
			}
		}
		if (!plan.uncosted().isEmpty()) {
			out.append("\nPosts the pay tables cannot cost (").append(plan.uncosted().size()).append("), left out of the sums\n");
			for (UncostedPost post : plan.uncosted()) {
				out.append(String.format(Locale.ROOT, "  %s%s (%s): %s%n", post.name(), post.code().isEmpty() ? "" : " [" + post.code()
						+ "]", post.model(), post.whyNoCost()));
			}
		}
		if (!plan.warnings().isEmpty()) {
			out.append("\nWarnings\n");
			plan.warnings().forEach(warning -> out.append("  ").append(warning).append('\n'));
		}
		return out.toString();
	}

	/** " (3 posts not costed)", or nothing. */
	private static String left(int uncosted) {
		return uncosted == 0 ? "" : String.format(Locale.ROOT, " (%d post%s not costed)", uncosted, uncosted == 1 ? "" : "s");
	}

	static String money(double amount) {
		return String.format(Locale.ROOT, "£%,.0f", amount);
	}

	static String signed(double amount) {
		long rounded = Math.round(amount);
		return (rounded > 0 ? "+" : rounded < 0 ? "-" : "") + money(Math.abs(amount));
	}

	/** One table as CSV, text guarded against being taken for a formula by a spreadsheet. */
	static String csv(ExportTable table) {
		return ExportTables.csv(table);
	}

	private static String json(TransitionPlan plan) {
		JsonObject root = new JsonObject();
		root.addProperty("baseline", plan.baseline());
		root.addProperty("scenario", plan.scenario());
		root.addProperty("baselineBill", Math.round(plan.baselineBill()));
		root.addProperty("baselineUncosted", plan.baselineUncosted());
		JsonArray waves = new JsonArray();
		for (PlanWave wave : plan.waves()) {
			JsonObject json = new JsonObject();
			json.addProperty("name", wave.name());
			json.addProperty("date", wave.date());
			json.addProperty("owner", wave.owner());
			json.addProperty("reason", wave.reason());
			json.addProperty("scheduled", wave.scheduled());
			JsonArray changes = new JsonArray();
			for (PlanChange change : wave.changes()) {
				JsonObject c = new JsonObject();
				c.addProperty("type", change.type().label());
				c.addProperty("id", change.id());
				c.addProperty("code", change.code());
				c.addProperty("name", change.name());
				c.addProperty("detail", change.detail());
				changes.add(c);
			}
			json.add("changes", changes);
			JsonArray people = new JsonArray();
			for (AffectedPerson person : wave.people()) {
				JsonObject p = new JsonObject();
				p.addProperty("id", person.postId());
				p.addProperty("code", person.code());
				p.addProperty("post", person.post());
				p.addProperty("before", person.before());
				p.addProperty("after", person.after());
				people.add(p);
			}
			json.add("people", people);
			json.addProperty("costChange", Math.round(wave.costChange()));
			json.addProperty("uncostedChanged", wave.uncostedChanged());
			json.addProperty("runRate", Math.round(wave.runRate()));
			json.addProperty("uncostedInRunRate", wave.uncostedInRunRate());
			JsonArray findings = new JsonArray();
			for (PlanFinding finding : wave.findings()) {
				JsonObject f = new JsonObject();
				f.addProperty("rule", finding.rule());
				f.addProperty("severity", finding.severity());
				f.addProperty("id", finding.id());
				f.addProperty("name", finding.name());
				f.addProperty("message", finding.message());
				findings.add(f);
			}
			json.add("findings", findings);
			waves.add(json);
		}
		root.add("waves", waves);
		JsonArray uncosted = new JsonArray();
		for (UncostedPost post : plan.uncosted()) {
			JsonObject u = new JsonObject();
			u.addProperty("id", post.id());
			u.addProperty("code", post.code());
			u.addProperty("name", post.name());
			u.addProperty("model", post.model());
			u.addProperty("whyNoCost", post.whyNoCost());
			uncosted.add(u);
		}
		root.add("uncosted", uncosted);
		JsonArray notes = new JsonArray();
		plan.notes().forEach(notes::add);
		root.add("notes", notes);
		JsonArray warnings = new JsonArray();
		plan.warnings().forEach(warnings::add);
		root.add("warnings", warnings);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
	}
}
