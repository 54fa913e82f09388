package org.intdesigner.development;

import org.intdesigner.model.Element;

/**
 * The sufficiency of one unit: requirements, those met, met / requirements x 100 (NaN without requirements),
 * requirements met by exactly one person, and requirements with a holder whose training lapses soon.
 *
 * @param element the team, area, organisation or role; null for a group that is none ("(no host)")
 */
public record SufficiencyRow(String unit, Element element, int requirements, int met, int singlePoints, int expiring) {

	public double sufficiency() {
		return requirements == 0 ? Double.NaN : met * 100.0 / requirements;
	}
}
