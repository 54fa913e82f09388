package org.intdesigner.reports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.Element;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;

/**
 * What a report covers: the whole model, a place or a neighbourhood (an area and those below
 * it), a team (and its sub-teams), or a partner organisation's share (the posts it employs and
 * the teams they work in). Teams and posts in scope are worked out once.
 */
public final class ReportScope {

	public enum Kind {
		MODEL("Whole model"), PLACE("Place"), NEIGHBOURHOOD("Neighbourhood"), TEAM("Team"), ORGANISATION("Partner organisation");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	private final IntdModel model;
	private final Kind kind;
	private final Element element;
	private final List<Team> teams;
	private final List<Post> posts;
	// sections ask whether an element is in scope element after element: sets, not lists
	private final Set<Team> teamSet;
	private final Set<Post> postSet;

	private ReportScope(IntdModel model, Kind kind, Element element) {
		this.model = model;
		this.kind = kind;
		this.element = element;
		List<Team> all = allTeams();
		Set<Team> placed = new LinkedHashSet<>();
		all.stream().filter(this::placed).forEach(placed::add);
		this.posts = List.copyOf(postsInScope(placed));
		this.teams = List.copyOf(teamsInScope(all, placed));
		this.teamSet = new HashSet<>(teams);
		this.postSet = new HashSet<>(posts);
	}

	public static ReportScope wholeModel(IntdModel model) {
		return new ReportScope(model, Kind.MODEL, model);
	}

	public static ReportScope of(IntdModel model, Element element) {
		if (element instanceof IntdModel) {
			return wholeModel(model);
		}
		if (element instanceof Area area) {
			return new ReportScope(model, area.getKind() == AreaKind.NEIGHBOURHOOD ? Kind.NEIGHBOURHOOD : Kind.PLACE, area);
		}
		if (element instanceof Team) {
			return new ReportScope(model, Kind.TEAM, element);
		}
		if (element instanceof Organisation) {
			return new ReportScope(model, Kind.ORGANISATION, element);
		}
		throw new IllegalArgumentException("A report covers an area, a team or an organisation, not "
				+ element.eClass().getName().toLowerCase(java.util.Locale.ROOT) + " '" + element.getName() + "'.");
	}

	/**
	 * The scope named by an id or code (null or empty: the whole model); an id that is not in the
	 * model is an IllegalArgumentException saying which are.
	 */
	public static ReportScope resolve(IntdModel model, String idOrCode) {
		if (idOrCode == null || idOrCode.isBlank()) {
			return wholeModel(model);
		}
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (next instanceof Element element && (next instanceof Area || next instanceof Team || next instanceof Organisation)
					&& (idOrCode.equals(element.getId()) || idOrCode.equals(element.getCode()))) {
				return of(model, element);
			}
		}
		throw new IllegalArgumentException("No area, team or organisation with id or code '" + idOrCode + "' in the model "
				+ "'" + model.getName() + "'. Places: " + areaIds(model) + ".");
	}

	private static String areaIds(IntdModel model) {
		List<String> ids = new ArrayList<>();
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Area area && area.getKind() == AreaKind.PLACE) {
				// the code users know ("place-riverside"), the id when there is none (an id may be a UUID)
				String key = area.getCode() == null || area.getCode().isBlank() ? area.getId() : area.getCode();
				ids.add(area.getName() == null ? key : key + " (" + area.getName() + ")");
			}
		}
		return ids.isEmpty() ? "none" : String.join(", ", ids);
	}

	public IntdModel model() {
		return model;
	}

	public Kind kind() {
		return kind;
	}

	/** The area, team or organisation; the model itself for the whole model. */
	public Element element() {
		return element;
	}

	/** "Riverside (place)". */
	public String label() {
		String name = element.getName() == null ? element.getId() : element.getName();
		return kind == Kind.MODEL ? name : name + " (" + kind.label().toLowerCase(java.util.Locale.ROOT) + ")";
	}

	/** The teams in scope, sub-teams included, in the model's order. */
	public List<Team> teams() {
		return teams;
	}

	/** The posts in scope, in the model's order. */
	public List<Post> posts() {
		return posts;
	}

	public boolean contains(Team team) {
		return teamSet.contains(team);
	}

	public boolean contains(Post post) {
		return postSet.contains(post);
	}

	/** The area a team works in: its own, else its parent team's. */
	public static Area areaOf(Team team) {
		EObject at = team;
		while (at instanceof Team t) {
			if (t.getArea() != null) {
				return t.getArea();
			}
			at = t.eContainer();
		}
		return null;
	}

	private static boolean within(Area area, Area scope) {
		for (EObject at = area; at != null; at = at.eContainer()) {
			if (at == scope) {
				return true;
			}
		}
		return false;
	}

	/** The model's teams and their sub-teams, parents first. */
	private List<Team> allTeams() {
		List<Team> all = new ArrayList<>();
		collect(model.getTeams(), all);
		return all;
	}

	private static void collect(List<Team> teams, List<Team> into) {
		for (Team team : teams) {
			into.add(team);
			collect(team.getSubTeams(), into);
		}
	}

	private boolean placed(Team team) {
		return switch (kind) {
		case MODEL -> true;
		case PLACE, NEIGHBOURHOOD -> areaOf(team) != null && within(areaOf(team), (Area) element);
		case TEAM -> isWithin(team, (Team) element);
		case ORGANISATION -> false;
		};
	}

	/** For an organisation, the teams it hosts and those its posts work in; else the teams placed in the scope. */
	private Set<Team> teamsInScope(List<Team> all, Set<Team> placed) {
		if (kind != Kind.ORGANISATION) {
			return placed;
		}
		Set<Team> worked = new HashSet<>();
		posts.forEach(post -> post.getAllocations().forEach(allocation -> worked.add(allocation.getTeam())));
		Set<Team> in = new LinkedHashSet<>();
		for (Team team : all) {
			if (team.getHost() == element || worked.contains(team)) {
				in.add(team);
			}
		}
		return in;
	}

	private static boolean isWithin(Team team, Team scope) {
		for (EObject at = team; at instanceof Team; at = at.eContainer()) {
			if (at == scope) {
				return true;
			}
		}
		return false;
	}

	/** For an organisation, the posts it employs; else the posts with time in a team of the scope. */
	private List<Post> postsInScope(Set<Team> placed) {
		if (kind == Kind.MODEL) {
			return new ArrayList<>(model.getPosts());
		}
		if (kind == Kind.ORGANISATION) {
			return model.getPosts().stream().filter(post -> post.getEmployer() == element).toList();
		}
		return model.getPosts().stream()
				.filter(post -> post.getAllocations().stream().anyMatch(allocation -> placed.contains(allocation.getTeam())))
				.toList();
	}
}
