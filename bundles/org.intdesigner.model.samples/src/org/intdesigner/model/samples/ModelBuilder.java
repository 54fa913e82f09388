package org.intdesigner.model.samples;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.AccountabilityKind;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.Arrangement;
import org.intdesigner.model.ArrangementKind;
import org.intdesigner.model.Boundary;
import org.intdesigner.model.BoundaryKind;
import org.intdesigner.model.Capability;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.Course;
import org.intdesigner.model.Element;
import org.intdesigner.model.Identified;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Interaction;
import org.intdesigner.model.InteractionKind;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Party;
import org.intdesigner.model.PayBand;
import org.intdesigner.model.Post;
import org.intdesigner.model.ProficiencyLevel;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Role;
import org.intdesigner.model.Sector;
import org.intdesigner.model.Team;
import org.intdesigner.model.TeamKind;
import org.intdesigner.model.TransitionWave;
import org.intdesigner.model.io.ModelFiles;

/**
 * Creates model objects with deterministic ids: each object is named by a key unique in the
 * model, and its id is the name-based (version 3) UUID of namespace + key, so the same key
 * gives the same id on every run. Allocations never exceed the post's contracted FTE.
 */
final class ModelBuilder {

	static final IntdFactory F = IntdFactory.eINSTANCE;

	final IntdModel model;
	private final String namespace;
	private final Set<String> keys = new HashSet<>();
	private final Map<Post, Double> allocated = new HashMap<>();

	ModelBuilder(String namespace, String name) {
		this.namespace = namespace;
		this.model = F.createIntdModel();
		id(model, "model");
		model.setName(name);
		model.setFormatVersion(ModelFiles.FORMAT_VERSION);
	}

	/** A builder adding to an existing model (a scenario): the objects it makes take their ids from {@code namespace}. */
	ModelBuilder(String namespace, IntdModel model) {
		this.namespace = namespace;
		this.model = model;
	}

	static String nameUuid(String text) {
		return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)).toString();
	}

	<T extends Identified> T id(T object, String key) {
		if (!keys.add(key)) {
			throw new IllegalArgumentException("duplicate sample key " + key);
		}
		object.setId(nameUuid(namespace + "/" + key));
		return object;
	}

	private <T extends Element> T element(T object, String key, String name, String code) {
		id(object, key);
		object.setName(name);
		object.setCode(code);
		return object;
	}

	Area area(Area parent, String code, String name, AreaKind kind, int population) {
		Area area = element(F.createArea(), "area/" + code, name, code);
		area.setKind(kind);
		area.setPopulation(population);
		(parent == null ? model.getAreas() : parent.getSubAreas()).add(area);
		return area;
	}

	Capability capability(String code, String name, String category) {
		Capability capability = element(F.createCapability(), "capability/" + code, name, code);
		capability.setCategory(category);
		model.getCapabilities().add(capability);
		return capability;
	}

	CapabilityLevel level(String ownerKey, Capability capability, int level) {
		CapabilityLevel result = id(F.createCapabilityLevel(), ownerKey + "/level/" + capability.getCode());
		result.setCapability(capability);
		result.setLevel(ProficiencyLevel.get(level));
		return result;
	}

	Course course(String code, String name, Capability capability, int level, double hours, double cost, String provider,
			boolean joint) {
		Course course = element(F.createCourse(), "course/" + code, name, code);
		course.setCapability(capability);
		course.setLevel(ProficiencyLevel.get(level));
		course.setHours(hours);
		course.setCost(cost);
		course.setProvider(provider);
		course.setJoint(joint);
		model.getCourses().add(course);
		return course;
	}

	Organisation organisation(String code, String name, Sector sector) {
		Organisation organisation = element(F.createOrganisation(), "organisation/" + code, name, code);
		organisation.setSector(sector);
		model.getOrganisations().add(organisation);
		return organisation;
	}

	Role role(String code, String name, String profession, Sector sector, boolean clinical, boolean newRole,
			boolean arrs) {
		Role role = element(F.createRole(), "role/" + code, name, code);
		role.setProfession(profession);
		role.setSector(sector);
		role.setClinical(clinical);
		role.setNewRole(newRole);
		role.setArrs(arrs);
		model.getRoles().add(role);
		return role;
	}

	Post post(String code, String name, Role role, Organisation employer, double fte, String band, String holder,
			Post lineManager) {
		Post post = element(F.createPost(), "post/" + code, name, code);
		post.setRole(role);
		post.setEmployer(employer);
		post.setFte(fte);
		post.setBand(band);
		post.setHolder(holder);
		post.setLineManager(lineManager);
		// a post made without a manager heads its organisation here (validation does not ask for one)
		post.setTopOfOrganisation(lineManager == null);
		if (!employer.getTerms().isEmpty()) {
			post.setTerms(employer.getTerms().get(0));
		}
		model.getPosts().add(post);
		return post;
	}

	Team team(Team parent, String code, String name, TeamKind kind, String purpose, Area area, Organisation host,
			Post lead) {
		Team team = element(F.createTeam(), "team/" + code, name, code);
		team.setKind(kind);
		team.setPurpose(purpose);
		team.setArea(area);
		team.setHost(host);
		team.setLead(lead);
		(parent == null ? model.getTeams() : parent.getSubTeams()).add(team);
		return team;
	}

	/** Allocates {@code fte} of {@code post} to {@code team}; refuses to go over the contracted FTE. */
	Allocation allocate(Post post, Team team, double fte) {
		double total = allocated.getOrDefault(post, 0.0) + fte;
		if (total > post.getFte() + 1e-9) {
			throw new IllegalArgumentException(post.getCode() + " would allocate " + total + " of " + post.getFte());
		}
		allocated.put(post, total);
		Allocation allocation = id(F.createAllocation(), "post/" + post.getCode() + "/in/" + team.getCode());
		allocation.setTeam(team);
		allocation.setFte(Math.round(fte * 100) / 100.0);
		post.getAllocations().add(allocation);
		return allocation;
	}

	AccountabilityItem item(String code, String name, AccountabilityKind kind, Team team) {
		AccountabilityItem item = element(F.createAccountabilityItem(), "item/" + code, name, code);
		item.setKind(kind);
		item.setTeam(team);
		model.getAccountabilities().add(item);
		return item;
	}

	RaciAssignment raci(AccountabilityItem item, Party party, RaciCode code) {
		RaciAssignment assignment = id(F.createRaciAssignment(),
				"item/" + item.getCode() + "/" + item.getAssignments().size());
		assignment.setParty(party);
		assignment.setCode(code);
		item.getAssignments().add(assignment);
		return assignment;
	}

	Boundary boundary(String code, String name, BoundaryKind kind) {
		Boundary boundary = element(F.createBoundary(), "boundary/" + code, name, code);
		boundary.setKind(kind);
		model.getBoundaries().add(boundary);
		return boundary;
	}

	Arrangement arrangement(String code, String name, ArrangementKind kind, Organisation host, Boundary boundary) {
		Arrangement arrangement = element(F.createArrangement(), "arrangement/" + code, name, code);
		arrangement.setKind(kind);
		arrangement.setHost(host);
		arrangement.setBoundary(boundary);
		if (host != null) {
			arrangement.getParties().add(host);
		}
		model.getArrangements().add(arrangement);
		return arrangement;
	}

	Interaction interaction(String code, String name, InteractionKind kind, Team source, Team target) {
		Interaction interaction = element(F.createInteraction(), "interaction/" + code, name, code);
		interaction.setKind(kind);
		interaction.setSource(source);
		interaction.setTarget(target);
		model.getInteractions().add(interaction);
		return interaction;
	}

	PayBand payBand(String code, String name, String scale, String band, double annualCost, Sector sector) {
		PayBand payBand = element(F.createPayBand(), "payband/" + code, name, code);
		payBand.setScale(scale);
		payBand.setBand(band);
		payBand.setAnnualCost(annualCost);
		if (sector != null) {
			payBand.setSector(sector);
		}
		model.getPayBands().add(payBand);
		return payBand;
	}

	TransitionWave wave(String code, String name, String effectiveDate, String owner, String reason) {
		TransitionWave wave = element(F.createTransitionWave(), "wave/" + code, name, code);
		wave.setEffectiveDate(effectiveDate);
		wave.setOwner(owner);
		wave.setReason(reason);
		model.getTransitionWaves().add(wave);
		return wave;
	}
}
