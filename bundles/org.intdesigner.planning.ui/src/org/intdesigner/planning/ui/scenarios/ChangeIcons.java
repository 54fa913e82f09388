package org.intdesigner.planning.ui.scenarios;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.intdesigner.model.compare.ModelChange;

/**
 * The colour and icon of each kind of change, the same in the tree and on the filter buttons: added green with a plus,
 * removed red with a minus, changed amber with a dot, moved violet with an arrow. Drawn once per view (no files to
 * keep in step with the colours) and disposed with it.
 */
final class ChangeIcons {

	private static final Map<ModelChange.Kind, RGB> COLOURS = Map.of(ModelChange.Kind.ADDED, new RGB(46, 125, 50),
			ModelChange.Kind.REMOVED, new RGB(198, 40, 40), ModelChange.Kind.CHANGED, new RGB(191, 118, 0),
			ModelChange.Kind.MOVED, new RGB(106, 27, 154));

	private final Map<ModelChange.Kind, Image> images = new EnumMap<>(ModelChange.Kind.class);
	private final Map<ModelChange.Kind, Color> colours = new EnumMap<>(ModelChange.Kind.class);

	ChangeIcons(Display display) {
		for (ModelChange.Kind kind : ModelChange.Kind.values()) {
			colours.put(kind, new Color(display, COLOURS.get(kind)));
			images.put(kind, draw(display, kind));
		}
	}

	Image image(ModelChange.Kind kind) {
		return images.get(kind);
	}

	Color colour(ModelChange.Kind kind) {
		return colours.get(kind);
	}

	private Image draw(Display display, ModelChange.Kind kind) {
		Image image = new Image(display, 16, 16);
		GC gc = new GC(image);
		try {
			gc.setAntialias(SWT.ON);
			gc.setBackground(colours.get(kind));
			gc.fillRoundRectangle(1, 1, 14, 14, 5, 5);
			gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			switch (kind) {
			case ADDED -> {
				gc.fillRectangle(4, 7, 8, 2);
				gc.fillRectangle(7, 4, 2, 8);
			}
			case REMOVED -> gc.fillRectangle(4, 7, 8, 2);
			case CHANGED -> gc.fillOval(5, 5, 6, 6);
			case MOVED -> {
				gc.fillRectangle(3, 7, 6, 2);
				gc.fillPolygon(new int[] { 8, 4, 13, 8, 8, 12 });
			}
			}
		} finally {
			gc.dispose();
		}
		// transparent corners, so the icon sits on the tree's selection colour as well as on white
		ImageData data = image.getImageData();
		image.dispose();
		data.alphaData = new byte[16 * 16];
		for (int y = 0; y < 16; y++) {
			for (int x = 0; x < 16; x++) {
				boolean outside = x == 0 || y == 0 || x == 15 || y == 15 || (x < 2 || x > 13) && (y < 2 || y > 13);
				data.alphaData[y * 16 + x] = (byte) (outside ? 0 : 255);
			}
		}
		return new Image(display, data);
	}

	void dispose() {
		images.values().forEach(Image::dispose);
		colours.values().forEach(Color::dispose);
	}
}
