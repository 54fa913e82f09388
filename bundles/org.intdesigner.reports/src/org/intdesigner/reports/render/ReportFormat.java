package org.intdesigner.reports.render;

import java.util.Locale;

/** The formats a report is written in. */
public enum ReportFormat {
	HTML("html", "HTML (one file, readable offline)"),
	PDF("pdf", "PDF (contents, bookmarks, page numbers)"),
	XLSX("xlsx", "Excel workbook (a sheet per table)");

	private final String extension;
	private final String label;

	ReportFormat(String extension, String label) {
		this.extension = extension;
		this.label = label;
	}

	public String extension() {
		return extension;
	}

	public String label() {
		return label;
	}

	public static ReportFormat parse(String text) {
		for (ReportFormat format : values()) {
			if (format.extension.equals(text.trim().toLowerCase(Locale.ROOT))) {
				return format;
			}
		}
		throw new IllegalArgumentException("No report format '" + text + "': use html, pdf or xlsx.");
	}

	/** The format a file's name asks for, or null. */
	public static ReportFormat ofFile(String fileName) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		for (ReportFormat format : values()) {
			if (lower.endsWith("." + format.extension)) {
				return format;
			}
		}
		return lower.endsWith(".htm") ? HTML : null;
	}
}
