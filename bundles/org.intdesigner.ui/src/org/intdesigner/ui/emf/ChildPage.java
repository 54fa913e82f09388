package org.intdesigner.ui.emf;

/**
 * A stretch of a long list shown as its own node ("Posts 1–1,000"), as debuggers show big
 * arrays: a folder of 40,000 posts opens as 40 pages, each page as 1,000 rows.
 */
public record ChildPage(Object parent, int from, int to) {

	/** The label: 1-based, inclusive, with thousands separators. */
	public String label() {
		return String.format("%,d – %,d", from + 1, to);
	}
}
