package org.intdesigner.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Where given attributes stand in an XML file, found by a second, secure read: EMF keeps no line
 * numbers of what it loaded, and a message about a damaged or hostile file should name the line to
 * look at. Used only when something is wrong, so a good file is read once.
 */
public final class XmlAttributeLines {

	/** One attribute: the line and column where its element's start tag ends, the element, the value. */
	public record Occurrence(int line, int column, String element, String attribute, String value) {
	}

	private XmlAttributeLines() {
	}

	/** Every attribute of {@code file} whose local name is one of {@code names}, in file order. */
	public static List<Occurrence> find(Path file, Set<String> names) throws IOException {
		List<Occurrence> found = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file)) {
			parser().parse(in, new DefaultHandler() {
				private Locator locator;

				@Override
				public void setDocumentLocator(Locator locator) {
					this.locator = locator;
				}

				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					for (int i = 0; i < attributes.getLength(); i++) {
						String name = attributes.getLocalName(i).isEmpty() ? attributes.getQName(i) : attributes.getLocalName(i);
						if (names.contains(name)) {
							found.add(new Occurrence(locator == null ? 0 : locator.getLineNumber(),
									locator == null ? 0 : locator.getColumnNumber(), qName, name, attributes.getValue(i)));
						}
					}
				}
			});
		} catch (SAXException e) {
			// what was found up to the damage is still worth naming; the load reports the damage itself
		}
		return found;
	}

	/**
	 * Every namespace declaration of {@code file}, in file order, as attributes named {@code xmlns} or
	 * {@code xmlns:PREFIX} whose value is the namespace's URI (element empty).
	 */
	public static List<Occurrence> namespaces(Path file) throws IOException {
		List<Occurrence> found = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file)) {
			parser().parse(in, new DefaultHandler() {
				private Locator locator;

				@Override
				public void setDocumentLocator(Locator locator) {
					this.locator = locator;
				}

				@Override
				public void startPrefixMapping(String prefix, String uri) {
					found.add(new Occurrence(locator == null ? 0 : locator.getLineNumber(),
							locator == null ? 0 : locator.getColumnNumber(), "", prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix, uri));
				}
			});
		} catch (SAXException e) {
			// as above
		}
		return found;
	}

	private static SAXParser parser() throws IOException {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			for (Map.Entry<String, Boolean> feature : SecureXml.parserFeatures().entrySet()) {
				factory.setFeature(feature.getKey(), feature.getValue());
			}
			return factory.newSAXParser();
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException("no secure XML parser: " + e.getMessage(), e);
		}
	}
}
