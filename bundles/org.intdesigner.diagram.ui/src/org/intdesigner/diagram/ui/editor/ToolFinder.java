package org.intdesigner.diagram.ui.editor;

import java.util.List;

import org.intdesigner.diagram.spec.DeleteTool;
import org.intdesigner.diagram.spec.DirectEditTool;
import org.intdesigner.diagram.spec.Layer;
import org.intdesigner.diagram.spec.Mapping;
import org.intdesigner.diagram.spec.ReparentTool;
import org.intdesigner.diagram.spec.Tool;

/**
 * Which of the specification's tools applies to a mapping: the first of its kind in the active
 * layers that lists the mapping. None means the default behaviour (delete the element, set its
 * name) for delete and direct edit, and no reparenting.
 */
final class ToolFinder {

	private ToolFinder() {
	}

	static DeleteTool delete(List<Layer> layers, Mapping mapping) {
		return find(layers, DeleteTool.class, mapping);
	}

	static DirectEditTool directEdit(List<Layer> layers, Mapping mapping) {
		return find(layers, DirectEditTool.class, mapping);
	}

	static ReparentTool reparent(List<Layer> layers, Mapping mapping) {
		return find(layers, ReparentTool.class, mapping);
	}

	private static <T extends Tool> T find(List<Layer> layers, Class<T> kind, Mapping mapping) {
		for (Layer layer : layers) {
			for (Tool tool : layer.getTools()) {
				if (kind.isInstance(tool) && mappings(tool).contains(mapping)) {
					return kind.cast(tool);
				}
			}
		}
		return null;
	}

	private static List<? extends Mapping> mappings(Tool tool) {
		if (tool instanceof DeleteTool delete) {
			return delete.getMappings();
		}
		if (tool instanceof DirectEditTool edit) {
			return edit.getMappings();
		}
		if (tool instanceof ReparentTool reparent) {
			return reparent.getMappings();
		}
		return List.of();
	}
}
