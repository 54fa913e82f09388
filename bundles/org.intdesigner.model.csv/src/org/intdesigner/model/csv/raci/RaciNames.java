package org.intdesigner.model.csv.raci;

import org.intdesigner.model.Element;

/** The name a matrix shows for an item or a party: its name, else its code, else its id. */
public final class RaciNames {

	private RaciNames() {
	}

	public static String of(Element element) {
		if (element.getName() != null && !element.getName().isBlank()) {
			return element.getName();
		}
		if (element.getCode() != null && !element.getCode().isBlank()) {
			return element.getCode();
		}
		return element.getId();
	}

	/** "Team", "Post", "Role" or "Organisation": the kind of party a column is. */
	public static String kindOf(Element party) {
		return party.eClass().getName();
	}
}
