package org.intdesigner.io;

import java.util.HashMap;
import java.util.Map;

/**
 * The parser features every XML file from elsewhere is read with: no DOCTYPE, no external entities or
 * DTDs, so that a file can neither read local files, reach the network nor expand entities without end.
 */
public final class SecureXml {

	private SecureXml() {
	}

	/** SAX features (for EMF's OPTION_PARSER_FEATURES and for a SAXParserFactory). */
	public static Map<String, Boolean> parserFeatures() {
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		return features;
	}
}
