package org.intdesigner.model.csv;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.intdesigner.model.IntdPackage;

/** The text attributes that hold a date: read only as an ISO date (yyyy-mm-dd), the form the model keeps. */
final class Dates {

	static final List<EAttribute> DATES = List.of(IntdPackage.Literals.TRANSITION_WAVE__EFFECTIVE_DATE);

	private Dates() {
	}

	static boolean isDate(EAttribute attribute) {
		return DATES.contains(attribute);
	}

	static void check(String text) {
		try {
			LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("'" + text + "' is not a date as yyyy-mm-dd (ISO 8601): write 1 July 2026"
					+ " as 2026-07-01");
		}
	}
}
