package org.intdesigner.reports.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.intdesigner.reports.Cell;
import org.intdesigner.reports.Figure;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.reports.Tone;
import org.intdesigner.reports.engine.Block;
import org.intdesigner.reports.engine.ReportDocument;
import org.intdesigner.reports.engine.SectionContent;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A report as an XHTML document: front page, contents, then each section with its headings, text,
 * tables and figures. Built as a DOM so that every text is escaped by the XML library, never by
 * hand. Figures are placed by a {@link FigurePlacer}: inline SVG for the HTML file, an object that
 * the PDF renderer draws as vectors.
 */
final class ReportHtml {

	static final String XHTML = "http://www.w3.org/1999/xhtml";

	/** How a figure goes into the page. */
	interface FigurePlacer {
		org.w3c.dom.Node place(Document document, Figure figure);
	}

	/**
	 * The rows of one table a page shows: a board reads a summary, not a listing (30); a neighbourhood or a partner
	 * reads its people (200). The rest are in the workbook, which always has every row, and the page says so.
	 */
	static final int BOARD_ROWS = 30;
	static final int OTHER_ROWS = 200;

	private final Document document;
	private final FigurePlacer figures;
	private final int rowLimit;

	private ReportHtml(Document document, FigurePlacer figures, int rowLimit) {
		this.document = document;
		this.figures = figures;
		this.rowLimit = rowLimit;
	}

	/**
	 * @param printCss extra rules for the medium (page size and numbering for PDF)
	 * @param head     anything more the head needs (the PDF's bookmarks), or null
	 */
	static Document build(ReportDocument report, FigurePlacer figures, String printCss, HeadExtras head) {
		Document document = newDocument();
		ReportHtml html = new ReportHtml(document, figures,
				report.audience() == org.intdesigner.reports.Audience.BOARD ? BOARD_ROWS : OTHER_ROWS);
		Element root = html.element("html");
		root.setAttribute("lang", "en-GB");
		document.appendChild(root);
		Element headElement = html.child(root, "head");
		// (the HTML serializer writes the charset's meta; the PDF reads the DOM, not bytes)
		html.child(headElement, "title").setTextContent(report.title());
		html.child(headElement, "style").setTextContent(stylesheet() + (printCss == null ? "" : printCss));
		if (head != null) {
			head.add(document, headElement, report);
		}
		Element body = html.child(root, "body");
		html.frontPage(body, report);
		html.contents(body, report);
		for (SectionContent section : report.sections()) {
			html.section(body, section);
		}
		return document;
	}

	interface HeadExtras {
		void add(Document document, Element head, ReportDocument report);
	}

	static String anchor(SectionContent section) {
		return "s-" + section.id().replaceAll("[^A-Za-z0-9_-]", "-");
	}

	private void frontPage(Element body, ReportDocument report) {
		Element front = child(body, "header");
		front.setAttribute("class", "front");
		child(front, "p").setTextContent("INT Designer");
		child(front, "h1").setTextContent(report.title());
		Element facts = child(front, "dl");
		fact(facts, "Covers", report.scope());
		fact(facts, "For", report.audience().label());
		fact(facts, "Model", report.modelName());
		fact(facts, "Date", report.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
	}

	private void fact(Element list, String term, String value) {
		child(list, "dt").setTextContent(term);
		child(list, "dd").setTextContent(value == null ? "" : value);
	}

	private void contents(Element body, ReportDocument report) {
		Element nav = child(body, "nav");
		nav.setAttribute("id", "contents");
		child(nav, "h2").setTextContent("Contents");
		Element list = child(nav, "ol");
		for (SectionContent section : report.sections()) {
			Element link = child(child(list, "li"), "a");
			link.setAttribute("href", "#" + anchor(section));
			link.setTextContent(section.title());
		}
	}

	private void section(Element body, SectionContent section) {
		Element element = child(body, "section");
		element.setAttribute("id", anchor(section));
		child(element, "h2").setTextContent(section.title());
		List<Block> blocks = section.blocks();
		for (int i = 0; i < blocks.size(); i++) {
			switch (blocks.get(i)) {
			case Block.Heading heading -> {
				Element parent = element;
				if (i + 1 < blocks.size() && blocks.get(i + 1) instanceof Block.Drawing) {
					// a heading stays on the page of the figure it names (a figure is never split)
					parent = child(element, "div");
					parent.setAttribute("class", "keep");
					child(parent, "h3").setTextContent(heading.text());
					figure(parent, ((Block.Drawing) blocks.get(++i)).figure());
				} else {
					child(parent, "h3").setTextContent(heading.text());
				}
			}
			case Block.Paragraph paragraph -> child(element, "p").setTextContent(paragraph.text());
			case Block.Missing missing -> {
				Element p = child(element, "p");
				p.setAttribute("class", "missing");
				p.setTextContent(missing.text());
			}
			case Block.Table table -> {
				if (table.table().onPages()) {
					table(element, table.table());
				}
			}
			case Block.Drawing drawing -> figure(element, drawing.figure());
			}
		}
	}

	private void table(Element parent, ReportTable table) {
		Element element = child(parent, "table");
		child(element, "caption").setTextContent(table.title());
		Element headRow = child(child(element, "thead"), "tr");
		for (String column : table.columns()) {
			child(headRow, "th").setTextContent(column);
		}
		Element tbody = child(element, "tbody");
		if (table.rows().isEmpty()) {
			Element cell = child(child(tbody, "tr"), "td");
			cell.setAttribute("colspan", String.valueOf(table.columns().size()));
			cell.setAttribute("class", "empty");
			cell.setTextContent("None.");
		}
		List<List<Cell>> rows = table.rows();
		for (List<Cell> row : rows.subList(0, Math.min(rows.size(), rowLimit))) {
			Element tr = child(tbody, "tr");
			for (Cell cell : row) {
				Element td = child(tr, "td");
				List<String> classes = new ArrayList<>();
				if (cell.number() != null) {
					classes.add("num");
				}
				if (cell.tone() != Tone.PLAIN) {
					classes.add(cell.tone().name().toLowerCase(Locale.ROOT));
				}
				if (isCode(cell.text())) {
					classes.add("code");
				}
				if (!classes.isEmpty()) {
					td.setAttribute("class", String.join(" ", classes));
				}
				// a cell is never empty: an empty element would be written <td/>, which HTML reads as an opening tag
				td.setTextContent(cell.text().isEmpty() ? "\u00a0" : cell.text());
			}
		}
		if (rows.size() > rowLimit) {
			Element more = child(parent, "p");
			more.setAttribute("class", "note");
			more.setTextContent("The first " + rowLimit + " of " + rows.size() + " rows; the Excel version of this pack has them"
					+ " all, on the sheet named after the table.");
		}
		if (table.note() != null) {
			Element note = child(parent, "p");
			note.setAttribute("class", "note");
			note.setTextContent(table.note());
		}
	}

	/** A short word such as a rule id (ACC-002) or RACI letters (R/A), which a narrow column must not break. */
	private static boolean isCode(String text) {
		return !text.isEmpty() && text.length() <= 12 && text.chars().noneMatch(Character::isWhitespace);
	}

	private void figure(Element parent, Figure figure) {
		Element element = child(parent, "figure");
		element.appendChild(figures.place(document, figure));
		child(element, "figcaption").setTextContent(figure.title());
	}

	private Element element(String name) {
		return document.createElementNS(XHTML, name);
	}

	private Element child(Element parent, String name) {
		Element child = element(name);
		parent.appendChild(child);
		return child;
	}

	static Document newDocument() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return factory.newDocumentBuilder().newDocument();
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException("the JDK's XML parser is missing", e);
		}
	}

	/** Parses XML we made ourselves (an SVG drawing) into a document to import nodes from. */
	static Document parse(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
		} catch (ParserConfigurationException | SAXException | IOException e) {
			throw new IllegalStateException("a drawing could not be read back: " + e.getMessage(), e);
		}
	}

	static String stylesheet() {
		try (InputStream in = ReportHtml.class.getResourceAsStream("report.css")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException | NullPointerException e) {
			throw new IllegalStateException("report.css is missing from the reports bundle", e);
		}
	}
}
