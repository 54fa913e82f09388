package org.intdesigner.model.diagrams;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Area;
import org.intdesigner.model.Arrangement;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Party;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.Team;

/**
 * What INT diagrams call as {@code scope:...}: the part of the model a diagram is drawn of. A diagram
 * is drawn of the whole model, of one team (with its sub-teams), of an area (with its sub-areas, e.g.
 * a neighbourhood) or of an organisation; {@code scope} is that element (the diagram's root, which
 * semantic candidates and preconditions see as {@code diagram}).
 * <ul>
 * <li>a team: the team, its sub-teams, and the posts allocated to any of them;</li>
 * <li>an area: the teams of the area or its sub-areas, their sub-teams, and the posts allocated to them;</li>
 * <li>an organisation: the teams it hosts and the posts it employs.</li>
 * </ul>
 * Organisations are in a team's or an area's scope when they host one of its teams or employ one of its
 * posts; accountability items when their team is in scope (an organisation's: when it, its teams or its
 * posts hold a RACI code on them).
 */
public class ScopeServices {

	/** The teams drawn at the top of a diagram of {@code scope}: those in scope whose parent team is not. */
	public List<Team> teams(EObject scope) {
		return switch (scope) {
		case IntdModel model -> model.getTeams();
		case Team team -> List.of(team);
		default -> outermost(teamsIn(scope));
		};
	}

	/** The posts in scope, in model order. */
	public List<Post> posts(EObject scope) {
		IntdModel model = modelOf(scope);
		if (model == null) {
			return List.of();
		}
		if (scope instanceof IntdModel) {
			return model.getPosts();
		}
		if (scope instanceof Organisation organisation) {
			return model.getPosts().stream().filter(p -> p.getEmployer() == organisation).toList();
		}
		Set<Team> teams = teamsIn(scope);
		List<Post> posts = new ArrayList<>();
		for (Post post : model.getPosts()) {
			for (Allocation allocation : post.getAllocations()) {
				if (teams.contains(allocation.getTeam())) {
					posts.add(post);
					break;
				}
			}
		}
		return posts;
	}

	/** The organisations in scope: all of a model's, the organisation itself, or those hosting or employing in scope. */
	public List<Organisation> organisations(EObject scope) {
		IntdModel model = modelOf(scope);
		if (model == null) {
			return List.of();
		}
		if (scope instanceof IntdModel) {
			return model.getOrganisations();
		}
		if (scope instanceof Organisation organisation) {
			return List.of(organisation);
		}
		Set<Organisation> involved = identitySet();
		teamsIn(scope).forEach(t -> involved.add(t.getHost()));
		posts(scope).forEach(p -> involved.add(p.getEmployer()));
		return model.getOrganisations().stream().filter(involved::contains).toList();
	}

	/** The accountability items in scope, in model order. */
	public List<AccountabilityItem> accountabilities(EObject scope) {
		IntdModel model = modelOf(scope);
		if (model == null) {
			return List.of();
		}
		if (scope instanceof IntdModel) {
			return model.getAccountabilities();
		}
		if (scope instanceof Organisation) {
			Set<Party> parties = identitySet();
			parties.add((Party) scope);
			parties.addAll(teamsIn(scope));
			parties.addAll(posts(scope));
			return model.getAccountabilities().stream()
					.filter(i -> i.getAssignments().stream().anyMatch(a -> parties.contains(a.getParty()))).toList();
		}
		Set<Team> teams = teamsIn(scope);
		return model.getAccountabilities().stream().filter(i -> teams.contains(i.getTeam())).toList();
	}

	/** The RACI assignments of the items in scope, item by item. */
	public List<RaciAssignment> assignments(EObject scope) {
		List<RaciAssignment> all = new ArrayList<>();
		for (AccountabilityItem item : accountabilities(scope)) {
			all.addAll(item.getAssignments());
		}
		return all;
	}

	/** The parties the assignments in scope name, each once, in the order they are first assigned. */
	public List<Party> assignedParties(EObject scope) {
		Set<Party> seen = identitySet();
		List<Party> parties = new ArrayList<>();
		for (RaciAssignment assignment : assignments(scope)) {
			if (assignment.getParty() != null && seen.add(assignment.getParty())) {
				parties.add(assignment.getParty());
			}
		}
		return parties;
	}

	/**
	 * Is {@code element} (a team, post, organisation, arrangement or accountability item) in scope?
	 * Asked of every element a container would show, so answered from the element where it can be.
	 */
	public boolean contains(EObject scope, EObject element) {
		if (scope instanceof IntdModel || scope == element) {
			return true;
		}
		return switch (element) {
		case Team team -> inScope(scope, team);
		case Post post -> scope instanceof Organisation ? post.getEmployer() == scope
				: post.getAllocations().stream().anyMatch(a -> a.getTeam() != null && inScope(scope, a.getTeam()));
		case Organisation organisation -> organisations(scope).contains(organisation);
		// an arrangement covering posts or teams is in scope when one of them is; one covering nothing named, by its organisations
		case Arrangement arrangement -> !arrangement.getCovers().isEmpty()
				? arrangement.getCovers().stream().anyMatch(c -> c != arrangement && contains(scope, c))
				: arrangement.getHost() != null ? contains(scope, arrangement.getHost())
						: arrangement.getParties().stream().anyMatch(p -> contains(scope, p));
		case Area area -> scope instanceof Area within && (EcoreUtil.isAncestor(area, within) || EcoreUtil.isAncestor(within, area));
		case AccountabilityItem item -> scope instanceof Organisation ? accountabilities(scope).contains(item)
				: item.getTeam() != null && inScope(scope, item.getTeam());
		default -> false;
		};
	}

	/** Every team in scope, at any depth, in model order. */
	private static Set<Team> teamsIn(EObject scope) {
		Set<Team> teams = new LinkedHashSet<>();
		IntdModel model = modelOf(scope);
		if (model != null) {
			model.eAllContents().forEachRemaining(o -> {
				if (o instanceof Team team && inScope(scope, team)) {
					teams.add(team);
				}
			});
		}
		return teams;
	}

	/**
	 * A team's scope holds it and its sub-teams; an area's the teams of the area or its sub-areas and
	 * their sub-teams; an organisation's the teams it hosts.
	 */
	private static boolean inScope(EObject scope, Team team) {
		return switch (scope) {
		case IntdModel model -> true;
		case Team root -> EcoreUtil.isAncestor(root, team);
		case Organisation organisation -> team.getHost() == organisation;
		case Area area -> {
			for (EObject t = team; t instanceof Team candidate; t = t.eContainer()) {
				if (candidate.getArea() != null && EcoreUtil.isAncestor(area, candidate.getArea())) {
					yield true;
				}
			}
			yield false;
		}
		default -> false;
		};
	}

	/** Of a set of teams, those whose parent team is not in it (the others are drawn inside them), in model order. */
	private static List<Team> outermost(Set<Team> teams) {
		Set<Team> result = new LinkedHashSet<>();
		for (Team team : teams) {
			if (!(team.eContainer() instanceof Team parent && teams.contains(parent))) {
				result.add(team);
			}
		}
		return new ArrayList<>(result);
	}

	private static IntdModel modelOf(EObject element) {
		return element != null && EcoreUtil.getRootContainer(element) instanceof IntdModel model ? model : null;
	}

	/** A set of model objects (they are equal only to themselves, so any set would do; this one says so). */
	private static <T> Set<T> identitySet() {
		return Collections.newSetFromMap(new IdentityHashMap<>());
	}
}
