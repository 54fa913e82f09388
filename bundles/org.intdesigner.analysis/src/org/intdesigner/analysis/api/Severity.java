package org.intdesigner.analysis.api;

/** How much a finding matters, most serious first (so {@code compareTo} orders "at least as serious"). */
public enum Severity {
	ERROR, WARNING, INFO;

	/** Is this at least as serious as {@code level}? (ERROR is at least WARNING.) */
	public boolean atLeast(Severity level) {
		return ordinal() <= level.ordinal();
	}

	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
