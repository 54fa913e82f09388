package org.intdesigner.workforce.imports;

import java.util.List;
import java.util.Locale;

/**
 * The scale of SKILL.SKILL_LEVEL: 0 for none, then the model's proficiency levels by their values
 * (1 awareness, 2 working, 3 practitioner, 4 expert). A skills file may give the number or the
 * name, in any case. (A test keeps the names those of the model's ProficiencyLevel.)
 */
public final class SkillLevels {

	/** The names by level, 0 first. */
	public static final List<String> NAMES = List.of("none", "awareness", "working", "practitioner", "expert");
	/** The scale in words, for problems. */
	public static final String SCALE = "0 none, 1 awareness, 2 working, 3 practitioner, 4 expert (the number or the name)";

	private SkillLevels() {
	}

	/** The level {@code text} names (0 to 4, or a name in any case), or null when it is off the scale. */
	public static Short parse(String text) {
		String value = text.trim().toLowerCase(Locale.ROOT);
		if (value.length() == 1 && value.charAt(0) >= '0' && value.charAt(0) <= '4') {
			return (short) (value.charAt(0) - '0');
		}
		int named = NAMES.indexOf(value);
		return named < 0 ? null : (short) named;
	}

	/** The name of {@code level} (0 to 4). */
	public static String name(int level) {
		return NAMES.get(level);
	}
}
