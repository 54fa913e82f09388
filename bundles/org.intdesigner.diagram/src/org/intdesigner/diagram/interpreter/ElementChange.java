package org.intdesigner.diagram.interpreter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What became of one element of a model since its baseline: added, changed, moved (under another
 * parent), removed, each with the details a tooltip lists (feature, before and after). An element may
 * be both moved and changed.
 */
public record ElementChange(Map<Kind, List<String>> details) {

	public enum Kind {
		ADDED, CHANGED, MOVED, REMOVED
	}

	public ElementChange {
		Map<Kind, List<String>> copy = new EnumMap<>(Kind.class);
		details.forEach((kind, lines) -> copy.put(kind, List.copyOf(lines)));
		details = java.util.Collections.unmodifiableMap(copy);
	}

	public static ElementChange of(Kind kind, String detail) {
		return new ElementChange(Map.of(kind, detail == null || detail.isBlank() ? List.of() : List.of(detail)));
	}

	public Set<Kind> kinds() {
		return details.keySet();
	}

	public boolean is(Kind kind) {
		return details.containsKey(kind);
	}

	/** The details of one kind of change (empty when none). */
	public List<String> detailsOf(Kind kind) {
		return details.getOrDefault(kind, List.of());
	}

	/** This change and {@code other} of the same element together. */
	public ElementChange with(ElementChange other) {
		Map<Kind, List<String>> both = new EnumMap<>(Kind.class);
		details.forEach((kind, lines) -> both.put(kind, new ArrayList<>(lines)));
		other.details.forEach((kind, lines) -> {
			List<String> all = both.computeIfAbsent(kind, k -> new ArrayList<>());
			lines.stream().filter(line -> !all.contains(line)).forEach(all::add);
		});
		return new ElementChange(both);
	}
}
