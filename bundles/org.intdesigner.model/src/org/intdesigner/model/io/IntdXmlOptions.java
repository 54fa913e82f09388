package org.intdesigner.model.io;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.intdesigner.io.SecureXml;

/**
 * How .intd files are read and written. Reading never resolves a DOCTYPE or an external entity
 * (a file from a partner must not be able to read local files or reach the network); the parser
 * pool and name map make repeated loads of big files cheap.
 */
public final class IntdXmlOptions {

	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);
	private static final Map<Object, Object> NAME_TO_FEATURE = new HashMap<>();

	private IntdXmlOptions() {
	}

	public static Map<Object, Object> load() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_PARSER_FEATURES, SecureXml.parserFeatures());
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, NAME_TO_FEATURE);
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		return options;
	}

	public static Map<Object, Object> save() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new java.util.ArrayList<>());
		// no OPTION_USE_FILE_BUFFER: EMF would buffer the whole model in a world-readable XMLSave*.tmp in the
		// system temp folder, left there by a crash; the document is built in memory and written beside the target
		options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(120));
		return options;
	}
}
