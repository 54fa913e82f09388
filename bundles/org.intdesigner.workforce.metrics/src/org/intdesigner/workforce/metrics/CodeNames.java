package org.intdesigner.workforce.metrics;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.intdesigner.model.Element;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Team;

/**
 * The names people know the workforce data's codes by: the store keeps only codes ({@code asc},
 * {@code pcn-dh}, {@code cc}), so figures are shown with the names the INT models give their
 * organisations, roles, teams and sub-teams (by code and by id: rows carry an element's code, else
 * its id) and, for partners, the names the store kept when their data came in. A code nobody names
 * stays as it is; sectors are the model's sector values, written as words.
 */
public final class CodeNames {

	private final Map<Cut, Map<String, String>> names = new EnumMap<>(Cut.class);

	private CodeNames() {
		for (Cut cut : Cut.values()) {
			names.put(cut, new HashMap<>());
		}
	}

	/**
	 * @param partners the partners' names by organisation code, as the store kept them at import
	 * @param models   the INT models whose names win over the store's (they are the ones being edited)
	 */
	public static CodeNames of(Map<String, String> partners, Collection<IntdModel> models) {
		CodeNames result = new CodeNames();
		partners.forEach((code, name) -> result.put(Cut.ORGANISATION, code, name));
		for (IntdModel model : models) {
			result.addModel(model);
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
		put(cut, element.getId(), element.getName());
		if (element.getCode() != null && !element.getCode().isBlank()) {
			put(cut, element.getCode(), element.getName());
		}
	}

	private void put(Cut cut, String code, String name) {
		if (code != null && name != null && !name.isBlank()) {
			names.get(cut).put(code, name);
		}
	}

	/** The name of {@code code} in {@code cut}, or the code itself when nothing names it. */
	public String of(Cut cut, String code) {
		if (code == null) {
			return "";
		}
		if (cut == Cut.SECTOR) {
			return words(code);
		}
		return names.get(cut).getOrDefault(code, code);
	}

	/** The sectors' abbreviations, written in capitals as people write them. */
	private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("vcfse", "nhs", "pcn", "icb");

	/** {@code GENERAL_PRACTICE} or {@code general_practice}: "General practice"; {@code VCFSE}: "VCFSE". */
	public static String words(String value) {
		String spaced = value.replace('_', ' ').toLowerCase(Locale.ROOT).trim();
		if (spaced.isEmpty()) {
			return value;
		}
		StringBuilder text = new StringBuilder();
		for (String word : spaced.split(" ")) {
			text.append(text.isEmpty() ? "" : " ").append(ABBREVIATIONS.contains(word) ? word.toUpperCase(Locale.ROOT) : word);
		}
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
