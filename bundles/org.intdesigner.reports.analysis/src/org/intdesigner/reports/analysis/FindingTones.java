package org.intdesigner.reports.analysis;

import java.util.List;

import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.reports.Cell;
import org.intdesigner.reports.Tone;

/** How findings are rated in a report: an error red, a warning amber, information plain. */
final class FindingTones {

	private FindingTones() {
	}

	static Tone of(Severity severity) {
		return switch (severity) {
		case ERROR -> Tone.RED;
		case WARNING -> Tone.AMBER;
		case INFO -> Tone.PLAIN;
		};
	}

	/** The most serious severity among the findings, or null when there are none. */
	static Severity worst(List<Finding> findings) {
		Severity worst = null;
		for (Finding finding : findings) {
			if (worst == null || finding.severity().atLeast(worst)) {
				worst = finding.severity();
			}
		}
		return worst;
	}

	/** "error", coloured as its severity. */
	static Cell cell(Severity severity) {
		return Cell.text(severity.label()).withTone(of(severity));
	}
}
