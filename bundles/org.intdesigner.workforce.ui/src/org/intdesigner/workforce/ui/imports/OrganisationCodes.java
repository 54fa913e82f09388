package org.intdesigner.workforce.ui.imports;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The NHS code to organisation mappings typed in the import wizard, {@code U12345=pcn-north,
 * P81001=practice-a}: commas, semicolons or new lines between them.
 */
final class OrganisationCodes {

	private OrganisationCodes() {
	}

	/** The mappings in {@code text}; an IllegalArgumentException says which entry is wrong and how to write it. */
	static Map<String, String> parse(String text) {
		Map<String, String> codes = new LinkedHashMap<>();
		for (String entry : text.split("[,;\\n]")) {
			String trimmed = entry.trim();
			if (trimmed.isEmpty()) {
				continue;
			}
			int equals = trimmed.indexOf('=');
			String code = equals < 0 ? "" : trimmed.substring(0, equals).trim();
			String organisation = equals < 0 ? "" : trimmed.substring(equals + 1).trim();
			if (code.isEmpty() || organisation.isEmpty() || organisation.contains("=")) {
				throw new IllegalArgumentException("'" + trimmed + "' is not a mapping: write the code in the file, '=' and"
						+ " the model's organisation code, e.g. U12345=pcn-north");
			}
			String before = codes.put(code, organisation);
			if (before != null && !before.equals(organisation)) {
				throw new IllegalArgumentException(code + " is mapped twice, to " + before + " and to " + organisation
						+ ": keep one.");
			}
		}
		return codes;
	}
}
