package org.intdesigner.diagram.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Boxes filed by the squares of a coarse grid they touch, so that "what lies near here" is answered
 * without looking at every box of a diagram of thousands.
 *
 * @param <T> what each box stands for
 */
final class BoxIndex<T> {

	private static final int CELL = 128;

	private record Entry<T>(Box box, T item) {
	}

	private final Map<Long, List<Entry<T>>> cells = new HashMap<>();

	void add(Box box, T item) {
		Entry<T> entry = new Entry<>(box, item);
		forCells(box, key -> cells.computeIfAbsent(key, k -> new ArrayList<>()).add(entry));
	}

	/** The items whose boxes meet {@code area} (share some inside, not only a border). */
	List<T> meeting(Box area) {
		Set<Entry<T>> found = new LinkedHashSet<>();
		forCells(area, key -> {
			for (Entry<T> entry : cells.getOrDefault(key, List.of())) {
				if (entry.box().intersects(area)) {
					found.add(entry);
				}
			}
		});
		return found.stream().map(Entry::item).toList();
	}

	private static void forCells(Box box, java.util.function.LongConsumer action) {
		int left = Math.floorDiv(box.x(), CELL);
		int right = Math.floorDiv(box.right(), CELL);
		int top = Math.floorDiv(box.y(), CELL);
		int bottom = Math.floorDiv(box.bottom(), CELL);
		for (int cx = left; cx <= right; cx++) {
			for (int cy = top; cy <= bottom; cy++) {
				action.accept(((long) cx << 32) ^ (cy & 0xffffffffL));
			}
		}
	}
}
