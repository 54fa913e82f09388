package org.intdesigner.reports.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.intdesigner.reports.Figure;
import org.intdesigner.reports.engine.ReportDocument;
import org.jfree.svg.SVGGraphics2D;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A report as one self-contained HTML file: styles in its head, charts and diagrams as inline SVG,
 * nothing fetched, so it reads offline, mails as one attachment and prints (each section on a new
 * page).
 */
public final class HtmlReport {

	private HtmlReport() {
	}

	public static void write(ReportDocument report, OutputStream out) throws IOException {
		Document document = ReportHtml.build(report, HtmlReport::inlineSvg, null, null);
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write("<!DOCTYPE html>\n");
		try {
			Transformer transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.METHOD, "html");
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			transformer.setOutputProperty(OutputKeys.INDENT, "no");
			transformer.transform(new DOMSource(document.getDocumentElement()), new StreamResult(writer));
		} catch (TransformerException e) {
			throw new IOException("The report could not be written as HTML: " + e.getMessage(), e);
		}
		writer.flush();
	}

	/** The figure drawn on JFreeSVG's Graphics2D, scaled by the browser to the page's width. */
	static Node inlineSvg(Document document, Figure figure) {
		SVGGraphics2D g = new SVGGraphics2D(figure.width(), figure.height());
		figure.draw(g);
		Element svg = ReportHtml.parse(g.getSVGElement()).getDocumentElement();
		svg.setAttribute("viewBox", "0 0 " + Math.ceil(figure.width()) + " " + Math.ceil(figure.height()));
		svg.setAttribute("width", String.valueOf((int) Math.ceil(figure.width())));
		svg.setAttribute("height", String.valueOf((int) Math.ceil(figure.height())));
		svg.setAttribute("role", "img");
		svg.setAttribute("aria-label", figure.title());
		return document.importNode(svg, true);
	}
}
