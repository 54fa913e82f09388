package org.intdesigner.diagram.sync;

import java.util.ArrayList;
import java.util.List;

import org.intdesigner.diagram.interpreter.ElementChange;
import org.intdesigner.diagram.interpreter.ElementChange.Kind;
import org.intdesigner.diagram.spec.Decoration;
import org.intdesigner.diagram.spec.DiagramSpecFactory;

/**
 * The badges that mark changes against a baseline on every diagram type, as decorations of the engine's
 * own (no specification declares them): added, changed, moved, removed; their tooltips list what changed.
 */
public final class ChangeMarks {

	/** The name of the built-in layer, and its label in the Layers menu. */
	public static final String LAYER_LABEL = "Changes against baseline";
	/**
	 * Kept among a diagram's active layers when the user switched the changes off: the layer is on by
	 * default, for diagrams made before the model became a scenario too.
	 */
	public static final String LAYER_OFF = "-changesAgainstBaseline";

	private static final String ICONS = "platform:/plugin/org.intdesigner.diagram/icons/";

	public static final Decoration ADDED = decoration("changeAdded", "Added since the baseline (outlined green)", "change-added.png");
	public static final Decoration CHANGED = decoration("changeChanged", "Changed since the baseline (point at it: before \u2192 after)",
			"change-changed.png");
	public static final Decoration MOVED = decoration("changeMoved", "Moved since the baseline", "change-moved.png");
	public static final Decoration REMOVED = decoration("changeRemoved", "Removed: drawn where the baseline had it",
			"change-removed.png");

	private ChangeMarks() {
	}

	private static Decoration decoration(String name, String label, String icon) {
		Decoration decoration = DiagramSpecFactory.eINSTANCE.createDecoration();
		decoration.setName(name);
		decoration.setLabel(label);
		decoration.setIconPath(ICONS + icon);
		return decoration;
	}

	/** The badges of a change, with their tooltips. */
	static List<NodeDecoration> badges(ElementChange change) {
		List<NodeDecoration> badges = new ArrayList<>();
		if (change.is(Kind.ADDED)) {
			badges.add(badge(ADDED, "Added in this scenario", change.detailsOf(Kind.ADDED)));
		}
		if (change.is(Kind.CHANGED)) {
			badges.add(badge(CHANGED, "Changed since the baseline:", change.detailsOf(Kind.CHANGED)));
		}
		if (change.is(Kind.MOVED)) {
			badges.add(badge(MOVED, "Moved since the baseline:", change.detailsOf(Kind.MOVED)));
		}
		if (change.is(Kind.REMOVED)) {
			badges.add(badge(REMOVED, "Removed in this scenario; drawn where the baseline had it", change.detailsOf(Kind.REMOVED)));
		}
		return badges;
	}

	private static NodeDecoration badge(Decoration decoration, String title, List<String> details) {
		StringBuilder tooltip = new StringBuilder(title);
		details.forEach(detail -> tooltip.append("\n  ").append(detail));
		return new NodeDecoration(decoration, decoration.getIconPath(), tooltip.toString());
	}
}
