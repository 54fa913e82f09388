package org.intdesigner.planning.ui.scenarios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.intdesigner.model.compare.ModelChange;

/**
 * The comparison as the view's tree: a node per element type, under it a node per element changed (by code and name),
 * under that the element's changes feature by feature. An element added or removed is one row, with the elements
 * added or removed inside it (a closed post's allocations) under it rather than among their own type.
 */
final class ChangeNodes {

	/** The elements of one type with changes shown. */
	record TypeNode(String type, List<ElementNode> elements) {
	}

	/**
	 * One element and its changes shown; {@code kind} is what happened to it as a whole; {@code contained} the elements
	 * added or removed inside it when it was added or removed (a closed post's allocations).
	 */
	record ElementNode(String type, String id, String code, String name, ModelChange.Kind kind, List<ModelChange> changes,
			List<ElementNode> contained) {

		/** Added or removed as a whole, with no feature rows under it. */
		boolean whole() {
			return kind == ModelChange.Kind.ADDED || kind == ModelChange.Kind.REMOVED;
		}

		/** The change the element is revealed by: added, changed and moved are in the second model, removed in the first. */
		ModelChange first() {
			return changes.get(0);
		}
	}

	private ChangeNodes() {
	}

	/** The types in alphabetical order, their elements by code then name, the changes in the comparison's order. */
	static List<TypeNode> of(List<ModelChange> changes, ChangeFilter filter, ChangeTreeContext context) {
		Map<String, Map<String, List<ModelChange>>> byType = new TreeMap<>();
		Map<String, List<ModelChange>> byId = new LinkedHashMap<>();
		for (ModelChange change : changes) {
			if (filter.accepts(change)) {
				List<ModelChange> list = byType.computeIfAbsent(change.type(), type -> new LinkedHashMap<>())
						.computeIfAbsent(change.id(), id -> new ArrayList<>());
				list.add(change);
				byId.putIfAbsent(change.id(), list);
			}
		}
		// elements added or removed inside another shown one go under it
		Map<String, List<List<ModelChange>>> inside = new LinkedHashMap<>();
		for (Map<String, List<ModelChange>> elements : byType.values()) {
			elements.values().removeIf(list -> {
				String parent = wholeParentShown(list, context, byId);
				if (parent != null) {
					inside.computeIfAbsent(parent, p -> new ArrayList<>()).add(list);
				}
				return parent != null;
			});
		}
		byType.values().removeIf(Map::isEmpty);
		List<TypeNode> nodes = new ArrayList<>();
		byType.forEach((type, elements) -> {
			List<ElementNode> shown = new ArrayList<>();
			elements.values().forEach(list -> shown.add(element(list, context, inside)));
			shown.sort(ORDER);
			nodes.add(new TypeNode(type, List.copyOf(shown)));
		});
		return nodes;
	}

	private static final Comparator<ElementNode> ORDER = Comparator
			.comparing((ElementNode e) -> e.code().isEmpty() ? "\uffff" : e.code(), String.CASE_INSENSITIVE_ORDER)
			.thenComparing(ElementNode::name, String.CASE_INSENSITIVE_ORDER);

	/** The element added or removed with this one (as a whole, and shown) that it was inside, or null. */
	private static String wholeParentShown(List<ModelChange> list, ChangeTreeContext context, Map<String, List<ModelChange>> byId) {
		ModelChange first = list.get(0);
		String parent = context.wholeParent(first.id());
		List<ModelChange> parentChanges = parent == null ? null : byId.get(parent);
		return parentChanges != null && parentChanges.stream().anyMatch(c -> c.change() == first.change()) ? parent : null;
	}

	private static ElementNode element(List<ModelChange> changes, ChangeTreeContext context,
			Map<String, List<List<ModelChange>>> inside) {
		ModelChange first = changes.get(0);
		List<ElementNode> contained = new ArrayList<>();
		inside.getOrDefault(first.id(), List.of()).forEach(list -> contained.add(element(list, context, inside)));
		contained.sort(ORDER);
		return new ElementNode(first.type(), first.id(), first.code(), context.name(first), kindOf(changes),
				List.copyOf(changes), List.copyOf(contained));
	}

	/** Added or removed as a whole when it is; else moved when it moved, else changed. */
	static ModelChange.Kind kindOf(List<ModelChange> changes) {
		for (ModelChange.Kind whole : List.of(ModelChange.Kind.ADDED, ModelChange.Kind.REMOVED, ModelChange.Kind.MOVED)) {
			if (changes.stream().anyMatch(change -> change.change() == whole)) {
				return whole;
			}
		}
		return ModelChange.Kind.CHANGED;
	}

	/** How many elements the nodes show, those inside others included. */
	static int elementCount(List<TypeNode> nodes) {
		return nodes.stream().flatMap(node -> node.elements().stream()).mapToInt(ChangeNodes::count).sum();
	}

	private static int count(ElementNode element) {
		return 1 + element.contained().stream().mapToInt(ChangeNodes::count).sum();
	}
}
