package org.intdesigner.planning.allocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.intdesigner.model.Area;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Role;
import org.intdesigner.planning.Plan;

/**
 * What an allocation starts from in a model: the candidates (the plan's shortages by role and neighbourhood, costed as
 * new posts would be), the design of the new post of each, and notes on what could not be placed.
 */
public record AllocationInputs(List<Candidate> candidates, Map<List<Object>, NewPostDesign.Design> designs, List<String> notes) {

	public AllocationInputs {
		candidates = List.copyOf(candidates);
		designs = Map.copyOf(designs);
		notes = List.copyOf(notes);
	}

	public static AllocationInputs of(IntdModel model, Plan plan, int year) {
		NeighbourhoodShortages.Result shortages = NeighbourhoodShortages.of(plan, year);
		NewPostDesign posts = new NewPostDesign(model);
		List<Candidate> candidates = new ArrayList<>();
		Map<List<Object>, NewPostDesign.Design> designs = new LinkedHashMap<>();
		for (NeighbourhoodShortages.Shortage shortage : shortages.shortages()) {
			NewPostDesign.Design design = posts.design(shortage.role(), shortage.neighbourhood());
			designs.put(key(shortage.neighbourhood(), shortage.role()), design);
			candidates.add(new Candidate(shortage.neighbourhood(), shortage.role(), shortage.shortage(), shortage.priority(),
					design.costPerFte(), design.whyNoCost()));
		}
		return new AllocationInputs(candidates, designs, shortages.notes());
	}

	public NewPostDesign.Design designOf(Candidate candidate) {
		return designs.get(key(candidate.neighbourhood(), candidate.role()));
	}

	private static List<Object> key(Area neighbourhood, Role role) {
		return List.of(neighbourhood, role);
	}
}
