package org.intdesigner.model.samples;

import org.intdesigner.model.AllowancePeriod;
import org.intdesigner.model.CategoryAllowance;
import org.intdesigner.model.CohortKind;
import org.intdesigner.model.IndividualAllowance;
import org.intdesigner.model.PopulationCohort;
import org.intdesigner.model.ServiceActivity;
import org.intdesigner.model.SupplyAssumption;
import org.intdesigner.model.WisnStudy;

/**
 * Riverside's workforce plan for four core roles (district nurse, care coordinator, clinical pharmacist, social
 * prescribing link worker): one WISN study per role, a standard applied to each of the four neighbourhoods (workload
 * from each neighbourhood's own cohorts), and a supply assumption per role for the place, with ranges for the
 * figures nobody knows for sure. Populations grow 1.2 % a year; frailty 3 % and long-term conditions 2 % (ageing).
 * The figures are illustrative, chosen so that the plan shows shortages of different sizes and priorities.
 */
final class ExamplePlan {

	/** role, study name, activities "activity|minutes or r:rate|cohort kind|per person", ... */
	static final String[][] STUDIES = {
			{ "dn", "District nursing, each neighbourhood", "home visit|45|FRAILTY|4",
					"wound care and injections|20|LONG_TERM_CONDITIONS|0.5" },
			{ "cc", "Care coordination, each neighbourhood", "care plan review|60|COMPLEX_NEEDS|2",
					"frailty coordination call|30|FRAILTY|2" },
			{ "cp", "Clinical pharmacy, each neighbourhood", "structured medication review|30|LONG_TERM_CONDITIONS|0.5",
					"frailty medicines review|40|FRAILTY|1" },
			{ "splw", "Social prescribing, each neighbourhood", "link worker session|r:1.2|MENTAL_HEALTH|0.5",
					"complex needs session|r:1.2|COMPLEX_NEEDS|1" }, };

	/** role, start FTE, leaver rate low, high, retirement rate, joiners low, high, trainees a year, intake, course years */
	static final String[][] SUPPLY = {
			{ "dn", "6", "10", "14", "3", "1.5", "2.5", "0.5", "2", "2" },
			{ "cc", "4", "15", "25", "1", "1", "2", "0", "0", "0" },
			{ "cp", "2.4", "8", "12", "2", "0.5", "1.5", "0.5", "0", "0" },
			{ "splw", "3", "12", "20", "1", "1", "1.5", "0", "0", "0" }, };

	private final ExamplePlace place;

	ExamplePlan(ExamplePlace place) {
		this.place = place;
	}

	void build() {
		place.place.setGrowthRate(1.2);
		place.cohorts.values().forEach(byKind -> {
			byKind.get(CohortKind.FRAILTY).setGrowthRate(3);
			byKind.get(CohortKind.LONG_TERM_CONDITIONS).setGrowthRate(2);
		});
		for (String[] row : STUDIES) {
			study(row);
		}
		for (String[] row : SUPPLY) {
			supply(row);
		}
	}

	private void study(String[] row) {
		String key = "plan/wisn/" + row[0];
		WisnStudy study = place.b.id(ModelBuilder.F.createWisnStudy(), key);
		study.setName(row[1]);
		study.setRole(place.catalogue.role(row[0]));
		study.setUnit(place.place);
		study.setEachNeighbourhood(true);
		// Agenda for Change: 52 weeks of 5 days, 8 bank holidays, 27 days' annual leave
		study.setWorkingDays(260);
		study.setPublicHolidays(8);
		study.setAnnualLeave(27);
		study.setSickLeave(10);
		study.setOtherLeave(5);
		study.setHoursPerDay(7.5);
		PopulationCohort standardFor = null;
		for (int i = 2; i < row.length; i++) {
			String[] spec = row[i].split("\\|");
			ServiceActivity activity = place.b.id(ModelBuilder.F.createServiceActivity(), key + "/activity/" + (i - 2));
			activity.setActivity(spec[0]);
			if (spec[1].startsWith("r:")) {
				activity.setRatePerHour(Double.parseDouble(spec[1].substring(2)));
			} else {
				activity.setUnitMinutes(Double.parseDouble(spec[1]));
			}
			// the standard names North's cohort; each neighbourhood's cohort of the same kind stands in for it
			standardFor = place.cohorts.get("north").get(CohortKind.valueOf(spec[2]));
			activity.setCohort(standardFor);
			activity.setPerPerson(Double.parseDouble(spec[3]));
			study.getActivities().add(activity);
		}
		study.getCategoryAllowances().add(category(key + "/cas/0", "team meetings and huddles", 8, Double.NaN, null));
		study.getCategoryAllowances().add(category(key + "/cas/1", "supervision", Double.NaN, 1, AllowancePeriod.WEEK));
		study.getCategoryAllowances().add(category(key + "/cas/2", "mandatory training", Double.NaN, 30, AllowancePeriod.YEAR));
		IndividualAllowance teaching = place.b.id(ModelBuilder.F.createIndividualAllowance(), key + "/ias/0");
		teaching.setActivity("practice education of students");
		teaching.setHoursPerYear(60);
		teaching.setStaff(2);
		study.getIndividualAllowances().add(teaching);
		place.b.model.getWisnStudies().add(study);
	}

	private CategoryAllowance category(String key, String activity, double percent, double hours, AllowancePeriod per) {
		CategoryAllowance allowance = place.b.id(ModelBuilder.F.createCategoryAllowance(), key);
		allowance.setActivity(activity);
		if (!Double.isNaN(percent)) {
			allowance.setPercent(percent);
		} else {
			allowance.setHours(hours);
			allowance.setPer(per);
		}
		return allowance;
	}

	private void supply(String[] row) {
		SupplyAssumption supply = place.b.id(ModelBuilder.F.createSupplyAssumption(), "plan/supply/" + row[0]);
		supply.setName(place.catalogue.role(row[0]).getName() + " supply, Riverside");
		supply.setRole(place.catalogue.role(row[0]));
		supply.setUnit(place.place);
		supply.setStartFte(Double.parseDouble(row[1]));
		supply.setLeaverRate(Double.parseDouble(row[2]));
		supply.setLeaverRateHigh(Double.parseDouble(row[3]));
		supply.setRetirementRate(Double.parseDouble(row[4]));
		supply.setJoinersPerYear(Double.parseDouble(row[5]));
		supply.setJoinersPerYearHigh(Double.parseDouble(row[6]));
		supply.setTraineesPerYear(Double.parseDouble(row[7]));
		supply.setTraineeIntake(Double.parseDouble(row[8]));
		supply.setCourseYears(Integer.parseInt(row[9]));
		supply.setCompletionRate(85);
		supply.setYears(10);
		place.b.model.getSupplyAssumptions().add(supply);
	}
}
