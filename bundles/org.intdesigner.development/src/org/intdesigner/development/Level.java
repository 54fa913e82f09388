package org.intdesigner.development;

import org.intdesigner.model.ProficiencyLevel;

/** The proficiency scale as numbers: 0 none, 1 awareness, 2 working, 3 practitioner, 4 expert (can teach others). */
public final class Level {

	public static final int NONE = 0;
	public static final int EXPERT = 4;
	/** The level a population need calls for when the model gives none: a working knowledge. */
	public static final int FOR_A_NEED = ProficiencyLevel.WORKING_VALUE;

	private Level() {
	}

	public static int of(ProficiencyLevel level) {
		return level == null ? NONE : level.getValue();
	}

	/** "3 practitioner", "0 none". */
	public static String label(int level) {
		ProficiencyLevel named = ProficiencyLevel.get(level);
		return level + " " + (named == null ? "none" : named.getLiteral());
	}

	/** "practitioner", "none". */
	public static String name(int level) {
		ProficiencyLevel named = ProficiencyLevel.get(level);
		return named == null ? "none" : named.getLiteral();
	}
}
