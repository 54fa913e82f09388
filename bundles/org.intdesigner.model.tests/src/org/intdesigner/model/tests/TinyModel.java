package org.intdesigner.model.tests;

import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.AccountabilityKind;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Role;
import org.intdesigner.model.Sector;
import org.intdesigner.model.Team;
import org.intdesigner.model.TeamKind;
import org.intdesigner.model.io.ModelIds;

/** A small INT built in code: one neighbourhood, one core team with an MDT, three posts. */
final class TinyModel {

	static final IntdFactory F = IntdFactory.eINSTANCE;

	final IntdModel model = F.createIntdModel();
	final Area place = F.createArea();
	final Area neighbourhood = F.createArea();
	final Organisation practice = F.createOrganisation();
	final Organisation council = F.createOrganisation();
	final Role gp = F.createRole();
	final Role linkWorker = F.createRole();
	final Post lead = F.createPost();
	final Post worker = F.createPost();
	final Post vacancy = F.createPost();
	final Team core = F.createTeam();
	final Team mdt = F.createTeam();
	final AccountabilityItem discharge = F.createAccountabilityItem();

	TinyModel() {
		model.setName("Tiny INT");
		place.setName("Riverside");
		place.setKind(AreaKind.PLACE);
		neighbourhood.setName("Riverside North");
		neighbourhood.setKind(AreaKind.NEIGHBOURHOOD);
		neighbourhood.setPopulation(42_000);
		place.getSubAreas().add(neighbourhood);
		model.getAreas().add(place);

		practice.setName("Riverside PCN");
		practice.setSector(Sector.GENERAL_PRACTICE);
		council.setName("Riverside Council");
		council.setSector(Sector.SOCIAL_CARE);
		model.getOrganisations().add(practice);
		model.getOrganisations().add(council);

		gp.setName("GP with extended role");
		gp.setProfession("Medicine");
		gp.setClinical(true);
		linkWorker.setName("Social prescribing link worker");
		linkWorker.setNewRole(true);
		linkWorker.setArrs(true);
		model.getRoles().add(gp);
		model.getRoles().add(linkWorker);

		lead.setName("Clinical lead");
		lead.setRole(gp);
		lead.setEmployer(practice);
		lead.setHolder("Dr A. Example");
		worker.setName("Link worker 1");
		worker.setRole(linkWorker);
		worker.setEmployer(council);
		worker.setFte(0.8);
		worker.setHolder("B. Example");
		worker.setLineManager(lead);
		vacancy.setName("Link worker 2");
		vacancy.setRole(linkWorker);
		vacancy.setEmployer(council);
		vacancy.setLineManager(lead);
		model.getPosts().add(lead);
		model.getPosts().add(worker);
		model.getPosts().add(vacancy);

		core.setName("Riverside North core team");
		core.setKind(TeamKind.CORE);
		core.setLead(lead);
		core.setArea(neighbourhood);
		core.setHost(practice);
		mdt.setName("Frailty MDT");
		mdt.setKind(TeamKind.MDT);
		mdt.setLead(lead);
		core.getSubTeams().add(mdt);
		model.getTeams().add(core);
		Allocation allocation = F.createAllocation();
		allocation.setTeam(mdt);
		allocation.setFte(0.5);
		worker.getAllocations().add(allocation);

		discharge.setName("Hospital discharge follow-up");
		discharge.setKind(AccountabilityKind.CARE_FUNCTION);
		discharge.setTeam(mdt);
		discharge.getAssignments().add(raci(lead, RaciCode.A));
		discharge.getAssignments().add(raci(worker, RaciCode.R));
		model.getAccountabilities().add(discharge);
		ModelIds.assignMissing(model);
	}

	static RaciAssignment raci(org.intdesigner.model.Party party, RaciCode code) {
		RaciAssignment assignment = F.createRaciAssignment();
		assignment.setParty(party);
		assignment.setCode(code);
		return assignment;
	}
}
