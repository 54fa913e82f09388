package org.intdesigner.workforce.ui;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.intdesigner.model.Element;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Team;
import org.intdesigner.ui.model.ModelManager;
import org.intdesigner.ui.model.OpenModel;
import org.intdesigner.workforce.imports.ImportHistory;
import org.intdesigner.workforce.imports.KnownCodes;
import org.intdesigner.workforce.metrics.Cut;

/**
 * The names people know the workforce data's codes by: the store keeps only codes ({@code asc},
 * {@code pcn-dh}, {@code cc}), so the dashboard looks them up in the INT models open in the
 * workbench (organisations, roles, teams and their sub-teams, by the code rows carry, see
 * {@link KnownCodes#code}) and, for partners, in the names the store kept when their data came in.
 * A code nobody names stays as it is; sectors are the model's sector values, written as words.
 */
final class BreakdownNames {

	private final Map<Cut, Map<String, String>> names = new EnumMap<>(Cut.class);

	private BreakdownNames() {
		for (Cut cut : Cut.values()) {
			names.put(cut, new HashMap<>());
		}
	}

	/** The names of the models open now and of the store's partners; call on the UI thread (it reads the models). */
	static BreakdownNames of(List<ImportHistory.Freshness> partners) {
		BreakdownNames result = new BreakdownNames();
		for (ImportHistory.Freshness partner : partners) {
			result.put(Cut.ORGANISATION, partner.organisation(), partner.name());
		}
		// the model's own names win over what the store kept at import: they are the ones being edited
		for (OpenModel open : ModelManager.INSTANCE.openModels()) {
			result.addModel(open.getModel());
		}
		return result;
	}

	private void addModel(IntdModel model) {
		model.getOrganisations().forEach(organisation -> put(Cut.ORGANISATION, organisation));
		model.getRoles().forEach(role -> put(Cut.ROLE, role));
		model.getTeams().forEach(this::addTeam);
	}

	private void addTeam(Team team) {
		put(Cut.TEAM, team);
		team.getSubTeams().forEach(this::addTeam);
	}

	private void put(Cut cut, Element element) {
		put(cut, KnownCodes.code(element), element.getName());
	}

	private void put(Cut cut, String code, String name) {
		if (code != null && name != null && !name.isBlank()) {
			names.get(cut).put(code, name);
		}
	}

	/** The name of {@code code} in {@code cut}, or the code itself when nothing names it. */
	String of(Cut cut, String code) {
		if (code == null) {
			return "";
		}
		if (cut == Cut.SECTOR) {
			return words(code);
		}
		return names.get(cut).getOrDefault(code, code);
	}

	/** {@code GENERAL_PRACTICE} or {@code general_practice}: "General practice". */
	private static String words(String value) {
		String spaced = value.replace('_', ' ').toLowerCase(Locale.ROOT).trim();
		return spaced.isEmpty() ? value : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}
}
