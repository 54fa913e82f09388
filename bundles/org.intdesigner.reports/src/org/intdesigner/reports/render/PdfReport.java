package org.intdesigner.reports.render;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

import org.intdesigner.reports.Figure;
import org.intdesigner.reports.engine.ReportDocument;
import org.intdesigner.reports.engine.SectionContent;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.RenderingContext;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;

/**
 * A report as PDF through openhtmltopdf over Apache PDFBox: A4, the same page as the HTML with a
 * contents page whose entries carry page numbers, a bookmark per section, "Page n of m" at the
 * foot, and charts and diagrams drawn as vectors on PDFBox's Graphics2D (no images, no display).
 */
public final class PdfReport {

	/** The type of the placeholder a figure leaves in the page for the drawer to fill. */
	static final String FIGURE_TYPE = "application/x-intd-figure";
	/** The room a figure may take on an A4 page with the margins below, in points. */
	static final double MAX_WIDTH = 480;
	static final double MAX_HEIGHT = 640;

	static {
		// openhtmltopdf's own logger prints its progress (INFO) through console handlers of its own, which put it
		// on the standard error of ./intd report; through java.util.logging's root instead, and only warnings,
		// where the command hands them to the framework log (cli.log) and the workbench to its error log
		Handler none = new Handler() {
			@Override
			public void publish(LogRecord record) {
				// the root logger's handlers publish
			}

			@Override
			public void flush() {
				// nothing held
			}

			@Override
			public void close() {
				// nothing held
			}
		};
		XRLog.setLoggerImpl(new JDKXRLogger(true, Level.WARNING, none, new SimpleFormatter()));
	}

	private PdfReport() {
	}

	public static void write(ReportDocument report, OutputStream out) throws IOException {
		List<Figure> figures = new ArrayList<>();
		Document document = ReportHtml.build(report, (doc, figure) -> placeholder(doc, figure, figures), PRINT_CSS,
				PdfReport::bookmarks);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withW3cDocument(document, null);
		builder.useObjectDrawerFactory(new FigureDrawers(figures));
		builder.toStream(out);
		for (File font : ReportFonts.regularAndBold()) {
			builder.useFont(font, ReportFonts.FAMILY, font.getName().contains("Bold") ? 700 : 400,
					com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
		}
		builder.withProducer("INT Designer");
		try {
			builder.run();
		} catch (RuntimeException e) {
			throw new IOException("The report could not be written as PDF: " + e.getMessage(), e);
		}
	}

	private static Node placeholder(Document document, Figure figure, List<Figure> figures) {
		double scale = Math.min(1, Math.min(MAX_WIDTH / figure.width(), MAX_HEIGHT / figure.height()));
		Element object = document.createElementNS(ReportHtml.XHTML, "object");
		object.setAttribute("type", FIGURE_TYPE);
		object.setAttribute("data-figure", String.valueOf(figures.size()));
		object.setAttribute("style", String.format(java.util.Locale.ROOT, "display: block; width: %.1fpt; height: %.1fpt;",
				figure.width() * scale, figure.height() * scale));
		figures.add(figure);
		return object;
	}

	/** The PDF's outline: one bookmark per section. */
	private static void bookmarks(Document document, Element head, ReportDocument report) {
		Element bookmarks = document.createElementNS(ReportHtml.XHTML, "bookmarks");
		head.appendChild(bookmarks);
		for (SectionContent section : report.sections()) {
			Element bookmark = document.createElementNS(ReportHtml.XHTML, "bookmark");
			bookmark.setAttribute("name", section.title());
			bookmark.setAttribute("href", "#" + ReportHtml.anchor(section));
			bookmarks.appendChild(bookmark);
		}
	}

	/** Draws each figure's placeholder by handing PDFBox's Graphics2D to the figure, scaled to the room given. */
	private record FigureDrawers(List<Figure> figures) implements FSObjectDrawerFactory {

		@Override
		public boolean isReplacedObject(Element element) {
			return FIGURE_TYPE.equals(element.getAttribute("type"));
		}

		@Override
		public FSObjectDrawer createDrawer(Element element) {
			if (!isReplacedObject(element)) {
				return null;
			}
			Figure figure = figures.get(Integer.parseInt(element.getAttribute("data-figure")));
			return (Element e, double x, double y, double width, double height, OutputDevice device, RenderingContext context,
					int dotsPerPixel) -> {
				device.drawWithGraphics((float) x, (float) y, (float) width / dotsPerPixel, (float) height / dotsPerPixel,
						(Graphics2D g) -> {
							double scale = Math.min(width / dotsPerPixel / figure.width(), height / dotsPerPixel / figure.height());
							g.scale(scale, scale);
							figure.draw(g);
						});
				return (Map<Shape, String>) null;
			};
		}
	}

	static final String PRINT_CSS = """
			@page { size: A4; margin: 18mm 16mm 20mm 16mm;
			  @bottom-left { content: "INT Designer"; font-family: "DejaVu Sans", sans-serif; font-size: 8pt; color: #4c6272; }
			  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: "DejaVu Sans", sans-serif; font-size: 8pt; color: #4c6272; } }
			body { max-width: none; padding: 0; }
			header.front { page-break-after: always; padding-top: 6em; }
			section { page-break-before: always; }
			nav#contents a::after { content: leader('.') target-counter(attr(href), page); }
			nav#contents li { margin: 0.2em 0; }
			h3 { -fs-page-break-min-height: 3cm; }
			thead { display: table-header-group; }
			""";
}
