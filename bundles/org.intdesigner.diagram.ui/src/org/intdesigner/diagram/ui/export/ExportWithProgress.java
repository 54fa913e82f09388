package org.intdesigner.diagram.ui.export;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.store.NotationFiles;
import org.intdesigner.diagram.sync.LiveDiagram;

/**
 * An export as the user waits for it. A large diagram takes seconds to draw, encode and write, so it
 * is exported under a progress dialog (drawing on the display's thread, encoding and writing in the
 * background, Cancel between the steps, leaving no file); a small one under the busy cursor.
 */
public final class ExportWithProgress {

	/** The title of the progress dialog. */
	public static final String TITLE = "Exporting Diagram";
	/** Diagrams with more nodes than this show progress. */
	static final int LARGE = 150;

	private ExportWithProgress() {
	}

	/** Exports to {@code file}; says why not in a dialog. Returns the file written, or null (failed or cancelled). */
	public static Path export(Shell shell, LiveDiagram diagram, String name, Path file, DiagramExport.Format format) {
		try {
			if (nodes(diagram) > LARGE) {
				new ProgressMonitorDialog(shell) {
					@Override
					protected void configureShell(Shell dialog) {
						super.configureShell(dialog);
						dialog.setText(TITLE);
					}
				}.run(true, true, monitor -> steps(shell.getDisplay(), diagram, name, file, format, monitor));
			} else {
				IOException[] failed = new IOException[1];
				BusyIndicator.showWhile(shell.getDisplay(), () -> {
					try {
						DiagramExport.export(shell.getDisplay(), diagram, file, format);
					} catch (IOException e) {
						failed[0] = e;
					}
				});
				if (failed[0] != null) {
					throw failed[0];
				}
			}
			return file;
		} catch (InterruptedException e) {
			return null; // cancelled: nothing was written
		} catch (InvocationTargetException e) {
			failed(shell, file, e.getCause());
			return null;
		} catch (IOException | RuntimeException e) {
			failed(shell, file, e);
			return null;
		}
	}

	private static int nodes(LiveDiagram diagram) {
		int count = 0;
		for (var it = diagram.getNotation().eAllContents(); it.hasNext();) {
			count += it.next() instanceof NodeView ? 1 : 0;
		}
		return count;
	}

	private static void steps(Display display, LiveDiagram diagram, String name, Path file, DiagramExport.Format format,
			IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
		monitor.beginTask("Exporting '" + name + "' as " + format + " to " + file, 3);
		try {
			monitor.subTask("Drawing the diagram");
			byte[] bytes;
			if (format == DiagramExport.Format.PNG) {
				ImageData[] image = new ImageData[1];
				display.syncExec(() -> image[0] = DiagramExport.image(display, diagram));
				next(monitor, "Encoding the image");
				bytes = DiagramExport.encode(image[0]);
			} else {
				String[] svg = new String[1];
				display.syncExec(() -> svg[0] = DiagramExport.svg(display, diagram));
				next(monitor, "Encoding the drawing");
				bytes = svg[0].getBytes(StandardCharsets.UTF_8);
			}
			next(monitor, "Writing " + file.getFileName());
			NotationFiles.replace(file, bytes);
			monitor.worked(1);
		} catch (IOException | RuntimeException e) {
			throw new InvocationTargetException(e);
		} finally {
			monitor.done();
		}
	}

	private static void next(IProgressMonitor monitor, String step) throws InterruptedException {
		monitor.worked(1);
		if (monitor.isCanceled()) {
			throw new InterruptedException();
		}
		monitor.subTask(step);
	}

	private static void failed(Shell shell, Path file, Throwable e) {
		MessageDialog.openError(shell, "Export failed", "Could not export the diagram to " + file + ": " + e.getMessage()
				+ "\nNo file was written; choose another folder or free some space, then export again.");
	}
}
