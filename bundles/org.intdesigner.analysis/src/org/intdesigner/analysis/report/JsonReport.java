package org.intdesigner.analysis.report;

import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.engine.ValidationReport;
import org.intdesigner.model.Suppression;
import org.intdesigner.model.io.Labels;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A validation report for scripts: a JSON list with one object per finding, suppressed ones
 * included ({@code "suppressed": {"reason", "by", "date"}}, null when the finding counts). The element is
 * named by its id, its readable name, the planner's code ({@code elementCode}) and, for a model read from
 * CSV files, the {@code file} and {@code row} it came from. Every
 * key is always present, null when it has no value, so that a script can rely on the shape.
 */
public final class JsonReport {

	// no HTML escaping: messages quote names ('X'), which would otherwise come out as \u0027
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

	private JsonReport() {
	}

	public static String format(ValidationReport report) {
		return format(report, ElementSources.NONE);
	}

	/** With {@code file} and {@code row} of each finding's element where {@code sources} knows them (else null). */
	public static String format(ValidationReport report, ElementSources sources) {
		JsonArray findings = new JsonArray();
		report.findings().forEach(finding -> findings.add(toJson(finding, sources)));
		return GSON.toJson(findings) + "\n";
	}

	static JsonObject toJson(Finding finding) {
		return toJson(finding, ElementSources.NONE);
	}

	static JsonObject toJson(Finding finding, ElementSources sources) {
		JsonObject json = new JsonObject();
		json.addProperty("rule", finding.ruleId());
		json.addProperty("severity", finding.severity().label());
		json.addProperty("category", finding.category() == null ? null : finding.category().label());
		json.addProperty("message", finding.message());
		json.addProperty("elementId", finding.elementId());
		json.addProperty("elementName", finding.elementName());
		json.addProperty("elementCode", Labels.code(finding.element()));
		ElementSources.SourceLine line = finding.element() == null ? null : sources.of(finding.element());
		json.addProperty("file", line == null ? null : line.file());
		json.addProperty("row", line == null ? null : line.line());
		json.add("suppressed", finding.isSuppressed() ? toJson(finding.suppression()) : null);
		return json;
	}

	private static JsonObject toJson(Suppression suppression) {
		JsonObject json = new JsonObject();
		json.addProperty("reason", suppression.getReason());
		json.addProperty("by", suppression.getSuppressedBy());
		json.addProperty("date", suppression.getDate());
		return json;
	}
}
