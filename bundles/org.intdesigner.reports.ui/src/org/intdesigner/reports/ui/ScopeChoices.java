package org.intdesigner.reports.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.Element;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Team;
import org.intdesigner.reports.ReportScope;

/**
 * What a report can cover in one model, in the order the wizard lists them: the whole model, each
 * place followed by its neighbourhoods, the teams (sub-teams after their parent), and the partner
 * organisations. Labels say the kind as the report's cover does ("Riverside (place)"), so that a
 * neighbourhood and a team of the same name are told apart.
 */
public final class ScopeChoices {

	/** One scope: the element (the model itself for the whole model) and how the wizard shows it. */
	public record Choice(Element element, ReportScope.Kind kind, String label) {

		/** The id the report request names it by; null for the whole model. */
		public String id() {
			return kind == ReportScope.Kind.MODEL ? null : element.getId();
		}
	}

	private final List<Choice> choices;

	private ScopeChoices(List<Choice> choices) {
		this.choices = List.copyOf(choices);
	}

	public static ScopeChoices of(IntdModel model) {
		List<Choice> choices = new ArrayList<>();
		choices.add(choice(model, ReportScope.Kind.MODEL));
		addAreas(model.getAreas(), choices);
		addTeams(model.getTeams(), choices);
		for (Organisation organisation : model.getOrganisations()) {
			choices.add(choice(organisation, ReportScope.Kind.ORGANISATION));
		}
		return new ScopeChoices(choices);
	}

	/** Places and neighbourhoods, each place followed by what lies in it; an ICS itself is no scope. */
	private static void addAreas(List<Area> areas, List<Choice> into) {
		for (Area area : areas) {
			if (area.getKind() == AreaKind.PLACE) {
				into.add(choice(area, ReportScope.Kind.PLACE));
			} else if (area.getKind() == AreaKind.NEIGHBOURHOOD) {
				into.add(choice(area, ReportScope.Kind.NEIGHBOURHOOD));
			}
			addAreas(area.getSubAreas(), into);
		}
	}

	private static void addTeams(List<Team> teams, List<Choice> into) {
		for (Team team : teams) {
			into.add(choice(team, ReportScope.Kind.TEAM));
			addTeams(team.getSubTeams(), into);
		}
	}

	private static Choice choice(Element element, ReportScope.Kind kind) {
		String name = element.getName() == null || element.getName().isBlank() ? element.getId() : element.getName();
		return new Choice(element, kind, name + " (" + kind.label().toLowerCase(Locale.ROOT) + ")");
	}

	public List<Choice> all() {
		return choices;
	}

	public List<String> labels() {
		return choices.stream().map(Choice::label).toList();
	}

	public Choice get(int index) {
		return choices.get(index);
	}

	/** Where {@code element} is in the list, or -1 when it is no scope. */
	public int indexOf(Object element) {
		for (int i = 0; i < choices.size(); i++) {
			if (choices.get(i).element() == element) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The scope to start from: the area, team or organisation selected, else the first place, else the
	 * whole model (which is asked for by choosing it: a selected model root usually means nothing chosen yet).
	 */
	public int initial(Object selected) {
		int at = selected == null ? -1 : indexOf(selected);
		return at > 0 ? at : Math.max(0, firstOf(ReportScope.Kind.PLACE));
	}

	/** The first scope of this kind, or -1. */
	public int firstOf(ReportScope.Kind kind) {
		for (int i = 0; i < choices.size(); i++) {
			if (choices.get(i).kind() == kind) {
				return i;
			}
		}
		return -1;
	}
}
