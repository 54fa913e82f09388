package org.intdesigner.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Suppression;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.ModelFiles;

/** Small models for validate, saved in a test's folder; see {@link CliTeamRule} for what the rules find. */
final class ValidateModels {

	private ValidateModels() {
	}

	/** One pilot team with a purpose and a long name: only an INFO. */
	static IntdModel pilot() {
		IntdModel model = model("Pilot");
		team(model, "Frailty pilot").setPurpose("Keep frail people at home");
		return model;
	}

	/** "Core" has no purpose (ERROR) and a short name (WARNING). */
	static IntdModel core() {
		IntdModel model = model("Core");
		team(model, "Core");
		return model;
	}

	/** As {@link #core()}, but the missing purpose was accepted: only the WARNING counts. */
	static IntdModel coreAccepted() {
		IntdModel model = core();
		Suppression accepted = IntdFactory.eINSTANCE.createSuppression();
		accepted.setRuleId(CliTeamRule.NO_PURPOSE.id());
		accepted.setReason("Purpose in the ICS charter");
		accepted.setSuppressedBy("J. Smith");
		accepted.setDate("2026-01-02");
		model.getTeams().get(0).getSuppressions().add(accepted);
		return model;
	}

	static Path save(IntdModel model, Path file) throws IOException {
		ModelFiles.saveNew(model, file);
		return file;
	}

	private static IntdModel model(String name) {
		IntdModel model = IntdFactory.eINSTANCE.createIntdModel();
		model.setName(name);
		return model;
	}

	private static Team team(IntdModel model, String name) {
		Team team = IntdFactory.eINSTANCE.createTeam();
		team.setName(name);
		model.getTeams().add(team);
		return team;
	}
}
