package org.intdesigner.diagram.ui.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.intdesigner.diagram.store.NotationFiles;
import org.intdesigner.diagram.sync.LiveDiagram;
import org.intdesigner.diagram.render.Box;
import org.intdesigner.diagram.render.DiagramPicture;
import org.intdesigner.diagram.ui.render.SwtGraphics;
import org.intdesigner.diagram.ui.render.SwtResources;

/**
 * The whole diagram as a file: PNG drawn by the same painter as the screen, SVG drawn by it on
 * JFreeSVG's Graphics2D ({@link DiagramPicture}, shared with reports). Files are written whole (temporary file, then renamed) so a failed export
 * never leaves half an image where an old one was.
 */
public final class DiagramExport {

	public enum Format {
		PNG, SVG
	}

	/** Larger diagrams are scaled down for PNG: an image beyond this many pixels a side is useless and huge. */
	static final int MAX_PNG_SIDE = 10000;

	private DiagramExport() {
	}

	/**
	 * Asks where to save (starting in {@code folder}, the model's), then exports with progress shown
	 * for large diagrams; errors are shown, not thrown. Returns the file written, or null.
	 */
	public static Path exportWithDialog(Shell shell, LiveDiagram diagram, String name, Format format, Path folder) {
		return exportWithDialog(shell, diagram, name, format, dialog(shell, name, format, folder));
	}

	/** Opens {@code dialog} (made by {@link #dialog}) and exports where the user says. */
	public static Path exportWithDialog(Shell shell, LiveDiagram diagram, String name, Format format, FileDialog dialog) {
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		String extension = extension(format);
		Path file = Paths.get(chosen.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? chosen : chosen + "." + extension);
		return ExportWithProgress.export(shell, diagram, name, file, format);
	}

	/** The Save dialog of an export: in {@code folder}, never where the program was started from, named after the diagram. */
	public static FileDialog dialog(Shell shell, String name, Format format, Path folder) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		String extension = extension(format);
		dialog.setText("Export Diagram as " + format);
		dialog.setFilterExtensions(new String[] { "*." + extension });
		if (folder != null) {
			dialog.setFilterPath(folder.toString());
		}
		dialog.setFileName(name.replaceAll("[\\\\/:*?\"<>|]", "_") + "." + extension);
		dialog.setOverwrite(true);
		return dialog;
	}

	private static String extension(Format format) {
		return format.name().toLowerCase(java.util.Locale.ROOT);
	}

	public static void export(Display display, LiveDiagram diagram, Path file, Format format) throws IOException {
		byte[] bytes = format == Format.PNG ? png(display, diagram) : svg(display, diagram).getBytes(StandardCharsets.UTF_8);
		NotationFiles.replace(file, bytes);
	}

	static byte[] png(Display display, LiveDiagram diagram) {
		return encode(image(display, diagram));
	}

	/** PNG bytes of an image drawn by {@link #image}; needs no display, so it can run in the background. */
	static byte[] encode(ImageData data) {
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		loader.save(out, SWT.IMAGE_PNG);
		return out.toByteArray();
	}

	/** The whole diagram with its key, drawn as for the screen (on the display's thread). */
	static ImageData image(Display display, LiveDiagram diagram) {
		DiagramPicture picture = new DiagramPicture(diagram);
		SwtResources measuring = new SwtResources(display);
		Image probe = new Image(display, 1, 1);
		GC probeGc = new GC(probe);
		Box extent;
		try {
			extent = picture.extent(new SwtGraphics(probeGc, measuring));
		} finally {
			probeGc.dispose();
			probe.dispose();
			measuring.dispose();
		}
		double scale = Math.min(1, MAX_PNG_SIDE / (double) Math.max(extent.width(), extent.height()));
		int width = Math.max(1, (int) Math.ceil(extent.width() * scale));
		int height = Math.max(1, (int) Math.ceil(extent.height() * scale));
		SwtResources resources = new SwtResources(display);
		Image image = new Image(display, width, height);
		GC gc = new GC(image);
		Transform transform = new Transform(display);
		try {
			gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, width, height);
			gc.setAntialias(SWT.ON);
			gc.setTextAntialias(SWT.ON);
			transform.scale((float) scale, (float) scale);
			transform.translate(-extent.x(), -extent.y());
			gc.setTransform(transform);
			picture.paint(new SwtGraphics(gc, resources));
			gc.setTransform(null);
			return image.getImageData();
		} finally {
			transform.dispose();
			gc.dispose();
			image.dispose();
			resources.dispose();
		}
	}

	/** The SVG drawn on JFreeSVG in the display's system font family, so it looks as on screen. */
	static String svg(Display display, LiveDiagram diagram) {
		return new DiagramPicture(diagram).svg(display.getSystemFont().getFontData()[0].getName());
	}
}
