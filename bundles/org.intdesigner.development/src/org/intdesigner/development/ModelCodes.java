package org.intdesigner.development;

import org.intdesigner.model.Element;

/** The code workforce rows use for an element of the INT model: its own code, else its id (as the importers check them). */
public final class ModelCodes {

	private ModelCodes() {
	}

	public static String of(Element element) {
		return element.getCode() == null || element.getCode().isBlank() ? element.getId() : element.getCode();
	}
}
