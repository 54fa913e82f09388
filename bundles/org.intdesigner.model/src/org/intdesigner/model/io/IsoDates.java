package org.intdesigner.model.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.intdesigner.model.IntdPackage;

/**
 * The model's text attributes that hold a date, kept as an ISO date (yyyy-mm-dd) so that they sort and compare: what
 * CSV import and the Properties view accept for them.
 */
public final class IsoDates {

	public static final List<EAttribute> DATES = List.of(IntdPackage.Literals.TRANSITION_WAVE__EFFECTIVE_DATE);

	private IsoDates() {
	}

	public static boolean isDate(EAttribute attribute) {
		return DATES.contains(attribute);
	}

	/** Why {@code text} is no ISO date, in words that say what to write instead; null when it is one. */
	public static String problem(String text) {
		try {
			LocalDate.parse(text.trim());
			return null;
		} catch (DateTimeParseException e) {
			return "'" + text.trim() + "' is not a date as yyyy-mm-dd (ISO 8601): write 1 July 2026 as 2026-07-01";
		}
	}
}
