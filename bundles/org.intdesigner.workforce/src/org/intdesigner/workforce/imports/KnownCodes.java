package org.intdesigner.workforce.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.intdesigner.model.Element;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Team;

/**
 * The codes a file's organisations, roles, teams, posts and capabilities are checked against:
 * those of an INT model (an element's code, or its id when it has none), or none at all
 * ({@link #any()}: every code is taken as written). Also the names and sectors of the model's organisations, which the
 * store keeps for the partners whose data it holds.
 */
public final class KnownCodes {

	/** A partner as the model describes it. */
	public record Partner(String name, String sector) {
	}

	private final boolean checked;
	private final Map<String, Partner> organisations = new HashMap<>();
	private final Set<String> roles = new HashSet<>();
	private final Set<String> teams = new HashSet<>();
	private final Set<String> posts = new HashSet<>();
	private final Set<String> capabilities = new HashSet<>();

	private KnownCodes(boolean checked) {
		this.checked = checked;
	}

	/** No checking: any code is accepted. */
	public static KnownCodes any() {
		return new KnownCodes(false);
	}

	/** The codes of {@code model}'s organisations, roles, teams (sub-teams too), posts and capabilities. */
	public static KnownCodes of(IntdModel model) {
		KnownCodes codes = new KnownCodes(true);
		for (Organisation organisation : model.getOrganisations()) {
			codes.organisations.put(code(organisation), new Partner(organisation.getName(),
					organisation.getSector() == null ? null : organisation.getSector().getName()));
		}
		model.getRoles().forEach(role -> codes.roles.add(code(role)));
		model.getPosts().forEach(post -> codes.posts.add(code(post)));
		model.getCapabilities().forEach(capability -> codes.capabilities.add(code(capability)));
		model.getTeams().forEach(team -> codes.addTeam(team));
		return codes;
	}

	private void addTeam(Team team) {
		teams.add(code(team));
		team.getSubTeams().forEach(this::addTeam);
	}

	/** The code workforce rows use for an element of the INT model: its own code, else its id. */
	public static String code(Element element) {
		return element.getCode() == null || element.getCode().isBlank() ? element.getId() : element.getCode();
	}

	/** True when codes are checked against a model. */
	public boolean checks() {
		return checked;
	}

	boolean organisation(String code) {
		return !checked || organisations.containsKey(code);
	}

	boolean role(String code) {
		return !checked || roles.contains(code);
	}

	boolean team(String code) {
		return !checked || teams.contains(code);
	}

	boolean post(String code) {
		return !checked || posts.contains(code);
	}

	boolean capability(String code) {
		return !checked || capabilities.contains(code);
	}

	/** The model's description of the organisation {@code code}, or null. */
	Partner partner(String code) {
		return organisations.get(code);
	}
}
