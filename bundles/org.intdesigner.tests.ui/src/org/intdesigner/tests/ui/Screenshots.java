package org.intdesigner.tests.ui;

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
	 * Captures the part of the display a shell covers (its title bar too, when a window manager
	 * draws one), e.g. a dialog for the documentation. Call from any thread.
	 */
	public static Path capture(Shell shell, Path file) {
		return capture(shell.getDisplay(), new UiThread(shell.getDisplay()).call(shell::getBounds), file);
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
