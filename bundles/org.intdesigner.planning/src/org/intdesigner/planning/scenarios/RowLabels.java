package org.intdesigner.planning.scenarios;

import org.intdesigner.model.Element;
import org.intdesigner.model.Identified;

/** How rows name and key the model's elements: by id, so that a renamed element of a scenario stays one row. */
final class RowLabels {

	private RowLabels() {
	}

	static String of(Element element) {
		if (element == null) {
			return "";
		}
		if (element.getName() != null && !element.getName().isBlank()) {
			return element.getName().trim();
		}
		return element.getCode() != null && !element.getCode().isBlank() ? element.getCode().trim() : "(unnamed)";
	}

	/** The key of an element's row: its id, else (an element made without one) its label. */
	static Object keyOf(Identified element) {
		if (element == null) {
			return "";
		}
		return element.getId() != null && !element.getId().isBlank() ? element.getId()
				: element instanceof Element named ? of(named) : element;
	}
}
