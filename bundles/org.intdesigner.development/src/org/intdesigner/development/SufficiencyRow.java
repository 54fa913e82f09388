package org.intdesigner.development;

import java.util.List;
import java.util.Locale;

import org.intdesigner.model.Element;

/**
 * The sufficiency of one unit: requirements, those met, met / requirements x 100 (NaN without requirements),
 * requirements met by exactly one person, and requirements with a holder whose training lapses soon.
 *
 * @param element the team, area, organisation or role; null for a group that is none ("(no host)")
 */
public record SufficiencyRow(String unit, Element element, int requirements, int met, int singlePoints, int expiring) {

	/** The row of {@code checks}: how many there are, are met, are single points and have a holder lapsing soon. */
	public static SufficiencyRow of(String unit, Element element, List<RequirementCheck> checks) {
		int met = 0;
		int single = 0;
		int expiring = 0;
		for (RequirementCheck check : checks) {
			met += check.met() ? 1 : 0;
			single += check.singlePoint() ? 1 : 0;
			expiring += check.hasExpiring() ? 1 : 0;
		}
		return new SufficiencyRow(unit, element, checks.size(), met, single, expiring);
	}

	public double sufficiency() {
		return requirements == 0 ? Double.NaN : met * 100.0 / requirements;
	}

	/** "75.0 %", or "-" without requirements. */
	public String sufficiencyText() {
		return requirements == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", sufficiency());
	}
}
