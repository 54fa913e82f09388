package org.intdesigner.planning.ui.scenarios;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.intdesigner.model.compare.ModelChange;
import org.intdesigner.model.compare.ModelComparison;
import org.intdesigner.planning.ui.scenarios.ChangeNodes.TypeNode;

/** The view's content description: which two models, how many changes of each kind, and how many the filters show. */
final class ChangeSummary {

	private ChangeSummary() {
	}

	static String of(Comparison comparison, List<TypeNode> shown) {
		String models = comparison.before().fileName() + " \u2192 " + comparison.after().fileName();
		List<ModelChange> changes = comparison.changes();
		if (changes.isEmpty()) {
			return models + ": no changes, the two design the same";
		}
		Set<List<String>> elements = new HashSet<>();
		changes.forEach(change -> elements.add(List.of(change.type(), change.id())));
		Map<ModelChange.Kind, Integer> counts = ModelComparison.counts(changes);
		List<String> kinds = new ArrayList<>();
		for (ModelChange.Kind kind : ModelChange.Kind.values()) {
			if (counts.containsKey(kind)) {
				kinds.add(counts.get(kind) + " " + kind.label());
			}
		}
		int showing = ChangeNodes.elementCount(shown);
		return models + ": " + plural(changes.size(), "change") + " to " + plural(elements.size(), "element") + " ("
				+ String.join(", ", kinds) + ")"
				+ (showing == elements.size() ? "" : "; " + showing + " of the elements shown by the filters");
	}

	private static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
