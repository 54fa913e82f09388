package org.intdesigner.planning.wisn;

import java.util.ArrayList;
import java.util.List;

/**
 * The WHO WISN calculation (Workload Indicators of Staffing Need, 2010 and 2025 editions): standard workloads,
 * staff for health-service activities, category and individual allowance factors, required staff, WISN
 * difference and ratio. A study with a problem ({@link WisnChecks}) is not computed at all.
 */
public final class Wisn {

	private Wisn() {
	}

	/** The figures of a study, or an {@link InvalidStudyException} naming each of its problems. */
	public static WisnResult compute(WisnInput input) {
		List<String> problems = WisnChecks.problems(input);
		if (!problems.isEmpty()) {
			throw new InvalidStudyException(input.id(), input.name(), problems);
		}
		return computeChecked(input);
	}

	/** The figures of a study {@link WisnChecks} found nothing wrong with. */
	static WisnResult computeChecked(WisnInput input) {
		WorkingTime time = input.time();
		double awtHours = time.hours();
		List<WisnResult.Activity> activities = new ArrayList<>(input.activities().size());
		double healthServiceStaff = 0;
		for (ActivityStandard activity : input.activities()) {
			double standardWorkload = activity.standardWorkload(awtHours);
			double staff = activity.annualWorkload() / standardWorkload;
			activities.add(new WisnResult.Activity(activity.activity(), standardWorkload, staff));
			healthServiceStaff += staff;
		}
		double cas = 0;
		for (CategoryAllowanceStandard allowance : input.categoryAllowances()) {
			cas += allowance.percentOf(time);
		}
		double caf = 1 / (1 - cas / 100);
		double iasHours = 0;
		for (IndividualAllowanceStandard allowance : input.individualAllowances()) {
			iasHours += allowance.totalHours();
		}
		double iaf = iasHours / awtHours;
		double required = healthServiceStaff * caf + iaf;
		double current = input.currentStaff();
		double difference = current - required;
		double ratio = required == 0 ? Double.NaN : current / required;
		return new WisnResult(input.id(), input.name(), time.days(), awtHours, activities, healthServiceStaff, cas, caf,
				iaf, required, current, difference, ratio);
	}
}
