package org.intdesigner.testsupport.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Captures what is on the screen into a PNG file, as a person would see it. */
public final class Screenshots {

	/** The folder screenshots go to: target/screenshots of the test bundle (never the user's home). */
	public static Path folder() {
		return Path.of(System.getProperty("intd.screenshots", "target/screenshots")).toAbsolutePath();
	}

	private Screenshots() {
	}

	/** Captures the whole display into the given file. Call from any thread. */
	public static Path capture(Display display, Path file) {
		return capture(display, null, file);
	}

	/**
	 * Captures what a shell shows (its client area: without a window manager's title bar, and
	 * without the trim SWT adds to the bounds when there is no window manager to say), e.g. a dialog
	 * for the documentation. Call from any thread.
	 */
	public static Path capture(Shell shell, Path file) {
		Rectangle area = new UiThread(shell.getDisplay()).call(() -> {
			Rectangle client = shell.getClientArea();
			org.eclipse.swt.graphics.Point origin = shell.toDisplay(client.x, client.y);
			return new Rectangle(origin.x, origin.y, client.width, client.height);
		});
		return capture(shell.getDisplay(), area, file);
	}

	private static Path capture(Display display, Rectangle area, Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
		} catch (IOException e) {
			throw new IllegalStateException("Cannot create the folder for " + file, e);
		}
		new UiThread(display).run(() -> {
			Rectangle bounds = area == null ? display.getBounds() : area.intersection(display.getBounds());
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, bounds.x, bounds.y);
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { image.getImageData() };
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
		return file;
	}
}
