package org.example.intd.rules;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Team;

/** The house style for team names, shared by the rule and the command: at most 40 characters by default. */
public final class TeamNames {

	public static final int MOST = 40;

	private TeamNames() {
	}

	/** The team's name, trimmed; empty when it has none. */
	public static String of(Team team) {
		return team.getName() == null ? "" : team.getName().trim();
	}

	public static boolean tooLong(Team team, int most) {
		return of(team).length() > most;
	}

	/** Every team of the model, at any depth, whose name is longer than {@code most}. */
	public static List<Team> tooLong(IntdModel model, int most) {
		List<Team> teams = new ArrayList<>();
		for (TreeIterator<EObject> all = model.eAllContents(); all.hasNext();) {
			if (all.next() instanceof Team team && tooLong(team, most)) {
				teams.add(team);
			}
		}
		return teams;
	}
}
