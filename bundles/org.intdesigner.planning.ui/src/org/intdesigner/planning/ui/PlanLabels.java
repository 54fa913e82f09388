package org.intdesigner.planning.ui;

import java.util.Locale;

import org.intdesigner.model.Element;
import org.intdesigner.model.io.Labels;

/** How the planning UI writes names and figures: as the headless commands do. */
final class PlanLabels {

	private PlanLabels() {
	}

	static String name(Element element) {
		return element == null ? "(none)" : Labels.readable(element);
	}

	static String staff(double value) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
	}
}
