package org.intdesigner.model.io;

import static org.intdesigner.model.IntdPackage.Literals.*;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;

/**
 * The model's numbers that count something and so cannot be negative (FTEs, populations, hours, days, workloads,
 * costs),
 * and the rates among them, which are percentages of 0 to 100. Growth rates and internal moves may be negative
 * (a population that shrinks, staff moving out), so they are in neither list. How many people a requirement asks
 * for is at least one.
 */
public final class Quantities {

	public static final List<EAttribute> NOT_NEGATIVE = List.of(POST__FTE, ALLOCATION__FTE, AREA__POPULATION,
			POPULATION_COHORT__SIZE, TERMS_AND_CONDITIONS__WEEKLY_HOURS, TERMS_AND_CONDITIONS__ANNUAL_LEAVE_DAYS,
			WISN_STUDY__WORKING_DAYS, WISN_STUDY__PUBLIC_HOLIDAYS, WISN_STUDY__ANNUAL_LEAVE, WISN_STUDY__SICK_LEAVE,
			WISN_STUDY__OTHER_LEAVE, WISN_STUDY__HOURS_PER_DAY, WISN_STUDY__HOURS_PER_WEEK, WISN_STUDY__CURRENT_STAFF,
			SERVICE_ACTIVITY__UNIT_MINUTES, SERVICE_ACTIVITY__RATE_PER_HOUR, SERVICE_ACTIVITY__ANNUAL_WORKLOAD,
			SERVICE_ACTIVITY__PER_PERSON, CATEGORY_ALLOWANCE__PERCENT, CATEGORY_ALLOWANCE__HOURS,
			INDIVIDUAL_ALLOWANCE__HOURS_PER_YEAR, INDIVIDUAL_ALLOWANCE__STAFF, SUPPLY_ASSUMPTION__START_FTE,
			SUPPLY_ASSUMPTION__LEAVER_RATE, SUPPLY_ASSUMPTION__LEAVER_RATE_HIGH, SUPPLY_ASSUMPTION__RETIREMENT_RATE,
			SUPPLY_ASSUMPTION__RETIREMENT_RATE_HIGH, SUPPLY_ASSUMPTION__JOINERS_PER_YEAR,
			SUPPLY_ASSUMPTION__JOINERS_PER_YEAR_HIGH, SUPPLY_ASSUMPTION__TRAINEES_PER_YEAR,
			SUPPLY_ASSUMPTION__TRAINEE_INTAKE, SUPPLY_ASSUMPTION__COURSE_YEARS, SUPPLY_ASSUMPTION__COMPLETION_RATE,
			SUPPLY_ASSUMPTION__YEARS, COURSE__HOURS, COURSE__COST, PAY_BAND__ANNUAL_COST);

	/** Rates in % (0 to 100). */
	public static final List<EAttribute> PERCENTAGES = List.of(SUPPLY_ASSUMPTION__LEAVER_RATE,
			SUPPLY_ASSUMPTION__LEAVER_RATE_HIGH, SUPPLY_ASSUMPTION__RETIREMENT_RATE, SUPPLY_ASSUMPTION__RETIREMENT_RATE_HIGH,
			SUPPLY_ASSUMPTION__COMPLETION_RATE, CATEGORY_ALLOWANCE__PERCENT);

	/** Counts of people that must be one or more: a requirement that asks for nobody is no requirement. */
	public static final List<EAttribute> AT_LEAST_ONE = List.of(CAPABILITY_LEVEL__PEOPLE);

	private Quantities() {
	}

	/** True when {@code attribute} is one of those numbers. */
	public static boolean cannotBeNegative(EAttribute attribute) {
		return NOT_NEGATIVE.contains(attribute);
	}

	/** True when {@code attribute} counts people and must be 1 or more. */
	public static boolean mustBeAtLeastOne(EAttribute attribute) {
		return AT_LEAST_ONE.contains(attribute);
	}

	/** True when {@code attribute} is a rate in %, 0 to 100. */
	public static boolean isPercentage(EAttribute attribute) {
		return PERCENTAGES.contains(attribute);
	}
}
