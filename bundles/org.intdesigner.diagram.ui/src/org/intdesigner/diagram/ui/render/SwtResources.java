package org.intdesigner.diagram.ui.render;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/**
 * The colours, fonts, icons and measured text extents a diagram paints with, made once per device
 * and reused by every paint (a repaint of a thousand nodes must not allocate a thousand colours or
 * measure the same label twice). Disposed with the canvas, export or print job that made it.
 */
public final class SwtResources {

	private final Device device;
	private final Font normal;
	private final Font bold;
	private final Map<Integer, Color> colors = new HashMap<>();
	private final Map<String, Image> icons = new HashMap<>();
	private final Map<String, Point> normalExtents = new HashMap<>();
	private final Map<String, Point> boldExtents = new HashMap<>();
	private GC measuring;

	public SwtResources(Device device) {
		this.device = device;
		FontData[] system = device.getSystemFont().getFontData();
		FontData data = new FontData(system[0].getName(), 9, SWT.NORMAL);
		normal = new Font(device, data);
		bold = new Font(device, new FontData(data.getName(), data.getHeight(), SWT.BOLD));
	}

	public Color color(int rgb) {
		return colors.computeIfAbsent(rgb, c -> new Color(device, (c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff));
	}

	public Font font(boolean isBold) {
		return isBold ? bold : normal;
	}

	/** The extent of text in the label font, measured once. */
	public Point extent(String text, boolean isBold) {
		Map<String, Point> cache = isBold ? boldExtents : normalExtents;
		Point extent = cache.get(text);
		if (extent == null) {
			if (measuring == null) {
				measuring = new GC(device);
			}
			measuring.setFont(font(isBold));
			extent = measuring.textExtent(text, SWT.DRAW_TRANSPARENT);
			cache.put(text, extent);
		}
		return extent;
	}

	/** The icon at a platform or file URL, or null when it cannot be loaded (the caller draws a badge instead). */
	public Image icon(String path) {
		if (path == null || path.isBlank()) {
			return null;
		}
		return icons.computeIfAbsent(path, p -> {
			try {
				ImageDescriptor descriptor = ImageDescriptor.createFromURL(new URL(p));
				return descriptor.createImage(false, device);
			} catch (java.net.MalformedURLException e) {
				return null;
			}
		});
	}

	public void dispose() {
		colors.values().forEach(Color::dispose);
		icons.values().stream().filter(i -> i != null).forEach(Image::dispose);
		normal.dispose();
		bold.dispose();
		if (measuring != null) {
			measuring.dispose();
		}
	}
}
