package org.intdesigner.analysis.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.analysis.engine.ValidationReport;
import org.intdesigner.model.Suppression;
import org.intdesigner.model.io.Labels;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A validation report in SARIF 2.1.0, the format code-review tools read, so that findings show up
 * beside a design kept in git. One run of the tool "INT Designer": its rules (id, name, title,
 * rationale, default level), then one result per finding, located in the model file and, as a
 * logical location, at the element (its name and id: a model has no line numbers worth showing).
 * A suppressed finding is a result with an "inSource" suppression, since the acceptance is stored in
 * the model itself.
 */
public final class SarifReport {

	public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
	public static final String VERSION = "2.1.0";
	public static final String TOOL_NAME = "INT Designer";
	// the project's home, the domain its metamodel's namespace URI is in
	public static final String INFORMATION_URI = "https://www.intdesigner.org/";

	// SARIF omits absent properties rather than writing null; no HTML escaping of quotes in messages
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private SarifReport() {
	}

	/** {@code modelPath} as the user gave it: a relative path stays relative (to the repository root, usually). */
	public static String format(ValidationReport report, RuleCatalog catalog, String modelPath) {
		return format(report, catalog, modelPath, ElementSources.NONE);
	}

	/**
	 * With {@code sources}, a finding whose element came from a line of a file (a row of a CSV file in
	 * the folder {@code modelPath}) is located at that file and line, which tools annotate.
	 */
	public static String format(ValidationReport report, RuleCatalog catalog, String modelPath, ElementSources sources) {
		List<RuleDescription> rules = catalog.describeAll(report);
		Map<String, Integer> ruleIndex = new HashMap<>();
		JsonArray rulesJson = new JsonArray();
		for (RuleDescription rule : rules) {
			ruleIndex.put(rule.id(), rulesJson.size());
			rulesJson.add(rule(rule));
		}
		String artifactUri = artifactUri(modelPath);
		JsonArray results = new JsonArray();
		report.findings().forEach(
				finding -> results.add(result(finding, ruleIndex.get(finding.ruleId()), artifactUri, sources)));

		JsonObject driver = new JsonObject();
		driver.addProperty("name", TOOL_NAME);
		driver.addProperty("informationUri", INFORMATION_URI);
		String version = toolVersion();
		if (version != null) {
			driver.addProperty("version", version);
		}
		driver.add("rules", rulesJson);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);
		JsonObject run = new JsonObject();
		run.add("tool", tool);
		run.add("results", results);
		JsonArray runs = new JsonArray();
		runs.add(run);
		JsonObject sarif = new JsonObject();
		sarif.addProperty("$schema", SCHEMA);
		sarif.addProperty("version", VERSION);
		sarif.add("runs", runs);
		return GSON.toJson(sarif) + "\n";
	}

	/** error, warning, note: SARIF's levels for ERROR, WARNING, INFO. */
	public static String level(Severity severity) {
		return switch (severity) {
		case ERROR -> "error";
		case WARNING -> "warning";
		case INFO -> "note";
		};
	}

	private static JsonObject rule(RuleDescription rule) {
		JsonObject json = new JsonObject();
		json.addProperty("id", rule.id());
		json.addProperty("name", identifier(rule.title()));
		json.add("shortDescription", text(rule.title()));
		json.add("fullDescription", text(rule.rationale()));
		JsonObject configuration = new JsonObject();
		configuration.addProperty("level", level(rule.defaultSeverity()));
		json.add("defaultConfiguration", configuration);
		JsonObject properties = new JsonObject();
		JsonArray tags = new JsonArray();
		tags.add(rule.category().label());
		properties.add("tags", tags);
		json.add("properties", properties);
		return json;
	}

	private static JsonObject result(Finding finding, int ruleIndex, String artifactUri, ElementSources sources) {
		JsonObject json = new JsonObject();
		json.addProperty("ruleId", finding.ruleId());
		json.addProperty("ruleIndex", ruleIndex);
		json.addProperty("level", level(finding.severity()));
		json.add("message", text(finding.message()));
		ElementSources.SourceLine source = finding.element() == null ? null : sources.of(finding.element());
		JsonObject artifact = new JsonObject();
		artifact.addProperty("uri", source == null ? artifactUri : artifactUri(source.file()));
		JsonObject physical = new JsonObject();
		physical.add("artifactLocation", artifact);
		if (source != null) {
			JsonObject region = new JsonObject();
			region.addProperty("startLine", source.line());
			physical.add("region", region);
		}
		JsonObject location = new JsonObject();
		location.add("physicalLocation", physical);
		if (finding.elementId() != null || finding.elementName() != null) {
			JsonObject logical = new JsonObject();
			String code = Labels.code(finding.element());
			logical.addProperty("name", finding.elementName() != null ? finding.elementName() : finding.elementId());
			logical.addProperty("fullyQualifiedName", code != null ? code : finding.elementId() != null ? finding.elementId()
					: finding.elementName());
			logical.addProperty("kind", "element");
			JsonArray logicals = new JsonArray();
			logicals.add(logical);
			location.add("logicalLocations", logicals);
		}
		JsonArray locations = new JsonArray();
		locations.add(location);
		json.add("locations", locations);
		if (finding.isSuppressed()) {
			JsonArray suppressions = new JsonArray();
			suppressions.add(suppression(finding.suppression()));
			json.add("suppressions", suppressions);
		}
		return json;
	}

	private static JsonObject suppression(Suppression suppression) {
		JsonObject json = new JsonObject();
		json.addProperty("kind", "inSource");
		json.addProperty("status", "accepted");
		if (suppression.getReason() != null) {
			json.addProperty("justification", suppression.getReason());
		}
		JsonObject properties = new JsonObject();
		if (suppression.getSuppressedBy() != null) {
			properties.addProperty("by", suppression.getSuppressedBy());
		}
		if (suppression.getDate() != null) {
			properties.addProperty("date", suppression.getDate());
		}
		if (!properties.isEmpty()) {
			json.add("properties", properties);
		}
		return json;
	}

	private static JsonObject text(String text) {
		JsonObject json = new JsonObject();
		json.addProperty("text", text == null || text.isBlank() ? "(none)" : text);
		return json;
	}

	/** "Accountability item has no Accountable party" becomes "AccountabilityItemHasNoAccountableParty". */
	static String identifier(String title) {
		StringBuilder name = new StringBuilder();
		for (String word : title.split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
			}
		}
		return name.toString();
	}

	/**
	 * A URI reference for the model: a relative path keeps its form, with '/' separators and every
	 * byte outside URI's unreserved characters percent-encoded ("my designs/a b.intd" becomes
	 * "my%20designs/a%20b.intd"; a ':' too, which could otherwise read as a scheme); an absolute
	 * path becomes a file: URI.
	 */
	static String artifactUri(String modelPath) {
		Path path = Path.of(modelPath);
		if (path.isAbsolute()) {
			return path.toUri().toString();
		}
		StringBuilder uri = new StringBuilder();
		for (byte b : modelPath.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
				uri.append(c);
			} else {
				uri.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
			}
		}
		return uri.toString();
	}

	private static String toolVersion() {
		Bundle bundle = FrameworkUtil.getBundle(SarifReport.class);
		return bundle == null ? null : bundle.getVersion().toString();
	}
}
