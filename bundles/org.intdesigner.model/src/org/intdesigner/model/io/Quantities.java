package org.intdesigner.model.io;

import static org.intdesigner.model.IntdPackage.Literals.*;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;

/** The model's numbers that count something and so cannot be negative: FTEs, populations, hours, days. */
public final class Quantities {

	public static final List<EAttribute> NOT_NEGATIVE = List.of(POST__FTE, ALLOCATION__FTE, AREA__POPULATION,
			POPULATION_COHORT__SIZE, TERMS_AND_CONDITIONS__WEEKLY_HOURS, TERMS_AND_CONDITIONS__ANNUAL_LEAVE_DAYS);

	private Quantities() {
	}

	/** True when {@code attribute} is one of those numbers. */
	public static boolean cannotBeNegative(EAttribute attribute) {
		return NOT_NEGATIVE.contains(attribute);
	}
}
