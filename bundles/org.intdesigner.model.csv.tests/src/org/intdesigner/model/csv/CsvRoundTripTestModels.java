package org.intdesigner.model.csv;

import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.io.ModelIds;

/** A small model with the kinds of element a CSV bundle holds, built in code. */
final class CsvRoundTripTestModels {

	private CsvRoundTripTestModels() {
	}

	static IntdModel small() {
		IntdFactory f = IntdFactory.eINSTANCE;
		IntdModel model = f.createIntdModel();
		model.setName("Small");
		model.setFormatVersion(ModelFiles.FORMAT_VERSION);
		Organisation pcn = f.createOrganisation();
		pcn.setName("Riverside PCN");
		model.getOrganisations().add(pcn);
		Post lead = f.createPost();
		lead.setName("Lead");
		lead.setEmployer(pcn);
		lead.setHolder("A. Lead");
		lead.setFte(1);
		Post worker = f.createPost();
		worker.setName("Worker");
		worker.setEmployer(pcn);
		worker.setLineManager(lead);
		worker.setFte(0.5);
		model.getPosts().add(lead);
		model.getPosts().add(worker);
		Team team = f.createTeam();
		team.setName("Core");
		team.setLead(lead);
		team.setHost(pcn);
		model.getTeams().add(team);
		ModelIds.assignMissing(model);
		return model;
	}
}
