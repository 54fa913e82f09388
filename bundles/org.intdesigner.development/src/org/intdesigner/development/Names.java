package org.intdesigner.development;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Role;

/** Names for the codes workforce rows carry: organisations and roles of the model, the code itself when unknown. */
public final class Names {

	private final Map<String, String> organisations = new HashMap<>();
	private final Map<String, String> roles = new HashMap<>();

	public Names(IntdModel model) {
		for (Organisation organisation : model.getOrganisations()) {
			organisations.put(ModelCodes.of(organisation), organisation.getName());
		}
		for (Role role : model.getRoles()) {
			roles.put(ModelCodes.of(role), role.getName());
		}
	}

	public String organisation(String code) {
		return code == null ? "" : organisations.getOrDefault(code, code);
	}

	public String organisations(Collection<String> codes) {
		return codes.stream().map(this::organisation).collect(Collectors.joining("; "));
	}

	public String role(String code) {
		return code == null ? "" : roles.getOrDefault(code, code);
	}

	static String people(Collection<StaffMember> members) {
		return members.stream().map(StaffMember::label).collect(Collectors.joining("; "));
	}
}
