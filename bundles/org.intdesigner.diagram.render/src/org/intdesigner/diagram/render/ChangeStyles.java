package org.intdesigner.diagram.render;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.diagram.spec.DiagramSpecFactory;
import org.intdesigner.diagram.spec.EdgeStyle;
import org.intdesigner.diagram.spec.LineStyle;

/**
 * How changes against a baseline look, on every diagram type: added nodes outlined in green, ghosts of
 * removed elements dashed and grey, edges the baseline did not have in green and its edges now gone
 * dashed and grey (each keeping its own arrowheads).
 */
public final class ChangeStyles {

	public static final int ADDED = 0x007f3b;
	public static final int GHOST_BORDER = 0x8a959e;
	public static final int GHOST_FILL = 0xf4f5f6;
	public static final int GHOST_TEXT = 0x6b7780;

	private final Map<EdgeStyle, EdgeStyle> ghosts = new IdentityHashMap<>();
	private final Map<EdgeStyle, EdgeStyle> added = new IdentityHashMap<>();

	/** The style of an edge of {@code style} that the baseline had and the model no longer has. */
	public EdgeStyle ghostOf(EdgeStyle style) {
		return ghosts.computeIfAbsent(style, s -> recoloured(s, GHOST_BORDER, LineStyle.DASHED, 1));
	}

	/** The style of an edge of {@code style} that the baseline did not have. */
	public EdgeStyle addedOf(EdgeStyle style) {
		return added.computeIfAbsent(style, s -> recoloured(s, ADDED, s == null ? LineStyle.SOLID : s.getLineStyle(), 2));
	}

	private static EdgeStyle recoloured(EdgeStyle style, int color, LineStyle line, int minWidth) {
		EdgeStyle copy = style == null ? DiagramSpecFactory.eINSTANCE.createEdgeStyle() : EcoreUtil.copy(style);
		copy.setLineColor(String.format("#%06x", color));
		copy.setLabelColor(String.format("#%06x", color));
		copy.setLineStyle(line);
		copy.setLineWidth(Math.max(minWidth, copy.getLineWidth()));
		return copy;
	}
}
