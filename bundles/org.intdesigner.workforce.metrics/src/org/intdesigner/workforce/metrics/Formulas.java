package org.intdesigner.workforce.metrics;

/**
 * The published definitions (DOMAIN.md, "Workforce metrics") as plain arithmetic on counts, kept
 * unrounded. Each returns NaN when its denominator is zero: a rate of nobody is not zero.
 */
public final class Formulas {

	private Formulas() {
	}

	/** Leavers in the period / average staff in post (mean of the start and end counts) x 100. */
	public static double turnover(double leavers, double inPostAtStart, double inPostAtEnd) {
		return ratio(leavers, (inPostAtStart + inPostAtEnd) / 2);
	}

	/** Vacancies (planned FTE - FTE in post) / planned FTE x 100; negative when over establishment. */
	public static double vacancyRate(double plannedFte, double fteInPost) {
		return ratio(plannedFte - fteInPost, plannedFte);
	}

	/** FTE days lost to sickness / FTE days available x 100 (calendar days). */
	public static double sicknessAbsenceRate(double fteDaysLost, double fteDaysAvailable) {
		return ratio(fteDaysLost, fteDaysAvailable);
	}

	/** Staff with at least a year's service now / staff in post a year ago x 100. */
	public static double stabilityIndex(double withAYearsService, double inPostAYearAgo) {
		return ratio(withAYearsService, inPostAYearAgo);
	}

	/** An NHS Staff Survey answer (1-5) on the engagement scale: 0, 2.5, 5, 7.5 or 10. */
	public static double engagementPoints(int answer) {
		if (answer < 1 || answer > 5) {
			throw new IllegalArgumentException("A staff survey answer is 1 to 5, not " + answer + ".");
		}
		return (answer - 1) * 2.5;
	}

	/** Engagement (0-10): the mean of its three parts, each the mean of its questions' points. */
	public static double engagement(double motivation, double involvement, double advocacy) {
		return (motivation + involvement + advocacy) / 3;
	}

	/** Skill requirements met / skill requirements x 100 (DOMAIN.md, "Skills and sufficiency"). */
	public static double skillSufficiency(double met, double requirements) {
		return ratio(met, requirements);
	}

	/** Answers agreeing or strongly agreeing (4 or 5) / answers x 100: the NHS Staff Survey's "% agree". */
	public static double percentAgreeing(double agreeing, double answers) {
		return ratio(agreeing, answers);
	}

	private static double ratio(double numerator, double denominator) {
		return denominator == 0 ? Double.NaN : numerator / denominator * 100;
	}
}
