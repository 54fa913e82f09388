package org.intdesigner.analysis.rules;

import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Arrangement;
import org.intdesigner.model.ArrangementKind;
import org.intdesigner.model.Capability;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.Element;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Need;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Party;
import org.intdesigner.model.PopulationCohort;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Role;
import org.intdesigner.model.Team;

/** Builds small models in code for the rule tests: each element named, with its name as id. */
final class TestModel {

	static final IntdFactory F = IntdFactory.eINSTANCE;

	final IntdModel model = F.createIntdModel();
	private int ids;

	private <T extends Element> T named(T element, String name) {
		element.setName(name);
		element.setId(name + "#" + ids++);
		return element;
	}

	Organisation organisation(String name) {
		Organisation organisation = named(F.createOrganisation(), name);
		model.getOrganisations().add(organisation);
		return organisation;
	}

	Role role(String name, boolean clinical) {
		Role role = named(F.createRole(), name);
		role.setClinical(clinical);
		model.getRoles().add(role);
		return role;
	}

	/** A filled post of 1 FTE. */
	Post post(String name) {
		Post post = named(F.createPost(), name);
		post.setHolder("Holder of " + name);
		model.getPosts().add(post);
		return post;
	}

	Post post(String name, Role role, Organisation employer) {
		Post post = post(name);
		post.setRole(role);
		post.setEmployer(employer);
		return post;
	}

	/** A post managed by {@code manager}. */
	Post report(String name, Post manager) {
		Post post = post(name);
		post.setLineManager(manager);
		return post;
	}

	Team team(String name) {
		Team team = named(F.createTeam(), name);
		model.getTeams().add(team);
		return team;
	}

	Team team(String name, Organisation host) {
		Team team = team(name);
		team.setHost(host);
		return team;
	}

	Team subTeam(Team parent, String name) {
		Team team = named(F.createTeam(), name);
		parent.getSubTeams().add(team);
		return team;
	}

	Allocation allocate(Post post, Team team, double fte) {
		Allocation allocation = F.createAllocation();
		allocation.setId(post.getName() + " in " + team.getName() + "#" + ids++);
		allocation.setTeam(team);
		allocation.setFte(fte);
		post.getAllocations().add(allocation);
		return allocation;
	}

	AccountabilityItem item(String name) {
		AccountabilityItem item = named(F.createAccountabilityItem(), name);
		model.getAccountabilities().add(item);
		return item;
	}

	RaciAssignment raci(AccountabilityItem item, Party party, RaciCode code) {
		RaciAssignment assignment = F.createRaciAssignment();
		assignment.setId(item.getName() + "/" + code + "#" + ids++);
		assignment.setParty(party);
		assignment.setCode(code);
		item.getAssignments().add(assignment);
		return assignment;
	}

	Arrangement arrangement(String name, ArrangementKind kind) {
		Arrangement arrangement = named(F.createArrangement(), name);
		arrangement.setKind(kind);
		model.getArrangements().add(arrangement);
		return arrangement;
	}

	Capability capability(String name) {
		Capability capability = named(F.createCapability(), name);
		model.getCapabilities().add(capability);
		return capability;
	}

	static CapabilityLevel level(Capability capability) {
		CapabilityLevel level = F.createCapabilityLevel();
		level.setCapability(capability);
		return level;
	}

	/** A cohort in a neighbourhood of the model, with one need calling for {@code capabilities}. */
	PopulationCohort cohort(String name, Capability... capabilities) {
		if (model.getAreas().isEmpty()) {
			model.getAreas().add(named(F.createArea(), "Neighbourhood"));
		}
		PopulationCohort cohort = named(F.createPopulationCohort(), name);
		Need need = named(F.createNeed(), "Needs of " + name);
		need.getRequiredCapabilities().addAll(java.util.List.of(capabilities));
		cohort.getNeeds().add(need);
		model.getAreas().get(0).getCohorts().add(cohort);
		return cohort;
	}
}
