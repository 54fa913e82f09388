package org.intdesigner.workforce.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which group of a breakdown a spell of a {@link StaffSnapshot} falls in, as one number made of
 * the codes of its cuts (organisation, sector, role, team; 21 bits each), and the group's names
 * back from that number.
 */
final class SpellGroups {

	static final String NO_SECTOR = "(sector not given)";
	private static final int BITS = 21;
	private static final long MASK = (1L << BITS) - 1;

	private final StaffSnapshot spells;
	private final List<Cut> cuts;
	private final StaffSnapshot.Codes sectors = new StaffSnapshot.Codes();
	/** The sector code of each organisation code. */
	private final int[] sectorOfOrganisation;

	SpellGroups(StaffSnapshot spells, List<Cut> cuts, Map<String, String> sectorByOrganisation) {
		if (cuts.size() > 3) {
			throw new IllegalArgumentException("at most three cuts besides month and neighbourhood");
		}
		this.spells = spells;
		this.cuts = cuts;
		sectorOfOrganisation = new int[spells.organisations.size()];
		for (int o = 0; o < sectorOfOrganisation.length; o++) {
			String sector = sectorByOrganisation.get(spells.organisations.name(o));
			sectorOfOrganisation[o] = sectors.of(sector == null ? NO_SECTOR : sector);
		}
	}

	long keyOf(int spell) {
		long key = 0;
		for (Cut cut : cuts) {
			key = (key << BITS) | code(cut, spell);
		}
		return key;
	}

	private int code(Cut cut, int spell) {
		return switch (cut) {
		case ORGANISATION -> spells.org[spell];
		case SECTOR -> sectorOfOrganisation[spells.org[spell]];
		case ROLE -> spells.role[spell];
		case TEAM -> spells.team[spell];
		default -> throw new IllegalArgumentException(cut + " is not a column of the staff records");
		};
	}

	List<String> namesOf(long key) {
		String[] names = new String[cuts.size()];
		for (int i = cuts.size() - 1; i >= 0; i--) {
			int code = (int) (key & MASK);
			key >>>= BITS;
			names[i] = switch (cuts.get(i)) {
			case ORGANISATION -> spells.organisations.name(code);
			case SECTOR -> sectors.name(code);
			case ROLE -> spells.roles.name(code);
			case TEAM -> spells.teams.name(code);
			default -> throw new IllegalStateException();
			};
		}
		return new ArrayList<>(List.of(names));
	}
}
