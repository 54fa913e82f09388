package org.intdesigner.analysis.report;

import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.engine.ValidationReport;
import org.intdesigner.model.Suppression;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A validation report for scripts: a JSON list with one object per finding, suppressed ones
 * included ({@code "suppressed": {"reason", "by", "date"}}, null when the finding counts). Every
 * key is always present, null when it has no value, so that a script can rely on the shape.
 */
public final class JsonReport {

	// no HTML escaping: messages quote names ('X'), which would otherwise come out as \u0027
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

	private JsonReport() {
	}

	public static String format(ValidationReport report) {
		JsonArray findings = new JsonArray();
		report.findings().forEach(finding -> findings.add(toJson(finding)));
		return GSON.toJson(findings) + "\n";
	}

	static JsonObject toJson(Finding finding) {
		JsonObject json = new JsonObject();
		json.addProperty("rule", finding.ruleId());
		json.addProperty("severity", finding.severity().label());
		json.addProperty("category", finding.category() == null ? null : finding.category().label());
		json.addProperty("message", finding.message());
		json.addProperty("elementId", finding.elementId());
		json.addProperty("elementName", finding.elementName());
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
