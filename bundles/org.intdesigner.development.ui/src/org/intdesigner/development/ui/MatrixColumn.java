package org.intdesigner.development.ui;

import java.util.List;

import org.intdesigner.development.Level;
import org.intdesigner.development.ModelCodes;
import org.intdesigner.development.RequirementCheck;
import org.intdesigner.model.Capability;

/**
 * One capability column of a skills matrix: the highest level and the largest number of people any team of the
 * scope requires of it, and the checks of those requirements (one per team asking for it).
 */
public record MatrixColumn(Capability capability, int level, int people, List<RequirementCheck> checks) {

	public String code() {
		return ModelCodes.of(capability);
	}

	public boolean generalist() {
		return capability.isGeneralist();
	}

	/** Some team of the scope has fewer holders than it requires. */
	public boolean gap() {
		return checks.stream().anyMatch(c -> !c.met());
	}

	/** "Frailty >= 3 x2", marked "[G]" when generalist and "GAP" when a requirement is unmet. */
	public String header() {
		return (generalist() ? "[G] " : "") + capability.getName() + " >= " + level + (people > 1 ? " x" + people : "")
				+ (gap() ? " GAP" : "");
	}

	/** The requirements behind the column, one line per team. */
	public String describe() {
		StringBuilder text = new StringBuilder(capability.getName()).append(generalist() ? " (generalist capability)" : "");
		for (RequirementCheck check : checks) {
			text.append('\n').append(check.requirement().team().getName()).append(": ")
					.append(Level.label(check.requirement().level())).append(", ").append(check.requirement().people())
					.append(check.requirement().people() == 1 ? " person" : " people").append("; held by ")
					.append(check.holders().size()).append(check.met() ? " (met" : " (GAP, short by " + check.shortBy())
					.append(check.singlePoint() ? ", single point)" : ")")
					.append(check.hasExpiring() ? ", " + check.expiring().size() + " lapsing soon" : "")
					.append(" [").append(check.requirement().originsText()).append(']');
		}
		return text.toString();
	}
}
