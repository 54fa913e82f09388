package org.intdesigner.reports.analysis;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.Area;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Party;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.Role;
import org.intdesigner.model.Team;
import org.intdesigner.reports.ReportScope;

/**
 * Which elements, accountability items and findings concern a report's scope. The scope's teams
 * and posts are put in identity sets once, so that a London-scale model's thousands of findings
 * are each placed in constant time.
 * <ul>
 * <li>an accountability item concerns the scope when its team is in scope, or when one of its RACI
 * assignments names a team or post in scope, or, for a partner's pack, the partner itself, or a role
 * in scope (one a post in scope has) on an item of no team or of a team working over the scope;</li>
 * <li>a finding concerns the scope when its element does: a team or post in scope, an item as above,
 * a post that line-manages or supervises a post in scope (a PCN manager with no time in a team
 * manages the ARRS staff of its neighbourhoods), an area within the scope's area, an organisation hosting or employing in scope, a role
 * of a post in scope, anything these contain, or anything else that refers to one of them.</li>
 * </ul>
 */
final class ScopeFilter {

	private final ReportScope scope;
	private final boolean everything;
	private final Set<Team> teams = identitySet();
	private final Set<Post> posts = identitySet();
	private final Set<Role> roles = identitySet();
	private final Set<Organisation> organisations = identitySet();
	private final Set<Post> managers = identitySet();

	ScopeFilter(ReportScope scope) {
		this.scope = scope;
		this.everything = scope.kind() == ReportScope.Kind.MODEL;
		teams.addAll(scope.teams());
		posts.addAll(scope.posts());
		for (Post post : scope.posts()) {
			if (post.getRole() != null) {
				roles.add(post.getRole());
			}
			if (post.getEmployer() != null) {
				organisations.add(post.getEmployer());
			}
			if (post.getLineManager() != null) {
				managers.add(post.getLineManager());
			}
			if (post.getSupervisor() != null) {
				managers.add(post.getSupervisor());
			}
		}
		for (Team team : scope.teams()) {
			if (team.getHost() != null) {
				organisations.add(team.getHost());
			}
		}
		if (scope.element() instanceof Organisation partner) {
			organisations.add(partner);
		}
	}

	private static <T> Set<T> identitySet() {
		return Collections.newSetFromMap(new IdentityHashMap<>());
	}

	/** Is the whole model the scope (everything concerns it)? */
	boolean isEverything() {
		return everything;
	}

	boolean concerns(AccountabilityItem item) {
		if (everything || teams.contains(item.getTeam())) {
			return true;
		}
		for (RaciAssignment assignment : item.getAssignments()) {
			Party party = assignment.getParty();
			if (party != null && (teams.contains(party) || posts.contains(party) || party == scope.element()
					|| roles.contains(party) && isAbove(item))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Does an item with a role among its parties speak of the scope's people in that role? Yes when it
	 * has no team, or its team works over the scope (a place item consulting the care managers speaks
	 * to the neighbourhood's care managers); not when it is a sibling's (Docklands' volunteers are not
	 * Hillside's).
	 */
	private boolean isAbove(AccountabilityItem item) {
		Team team = item.getTeam();
		if (team == null) {
			return true;
		}
		return switch (scope.element()) {
		case Area area -> ReportScope.areaOf(team) == null || isWithin(area, ReportScope.areaOf(team));
		case Team scopeTeam -> isWithin(scopeTeam, team);
		default -> true;
		};
	}

	/** Does the finding concern the scope? One with no element (a rule that failed) concerns every scope. */
	boolean concerns(Finding finding) {
		if (everything || finding.element() == null) {
			return true;
		}
		return contains(finding.element());
	}

	/** Is the element, or what contains it, in scope; or, for another kind of element, what it refers to? */
	boolean contains(EObject element) {
		if (everything) {
			return true;
		}
		for (EObject at = element; at != null; at = at.eContainer()) {
			Boolean placed = placed(at);
			if (placed != null) {
				return placed;
			}
		}
		// a boundary, arrangement, interaction, course...: in scope when it refers to something in scope
		List<EObject> references = element.eCrossReferences();
		for (EObject referred : references) {
			Boolean placed = placed(referred);
			if (Boolean.TRUE.equals(placed)) {
				return true;
			}
		}
		return false;
	}

	/** Whether an element of a kind the scope decides on is in it; null for other kinds. */
	private Boolean placed(EObject element) {
		return switch (element) {
		case Team team -> teams.contains(team);
		case Post post -> posts.contains(post) || managers.contains(post);
		case AccountabilityItem item -> concerns(item);
		case Role role -> roles.contains(role);
		case Organisation organisation -> organisations.contains(organisation);
		case Area area -> scope.element() instanceof Area within && isWithin(area, within);
		default -> null;
		};
	}

	private static boolean isWithin(EObject element, EObject container) {
		for (EObject at = element; at != null; at = at.eContainer()) {
			if (at == container) {
				return true;
			}
		}
		return false;
	}
}
