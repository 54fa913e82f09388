package org.intdesigner.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.swt.widgets.Dialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Opens file and folder dialogs where the user's work is: beside the file or folder the field already names, else
 * in the folder of the model being edited, else where the last dialog chose, else the home folder. A dialog given no
 * folder starts in the folder the program was started from, which means nothing to a user.
 */
public final class FileDialogs {

	/** Shows a dialog and returns the choice (null when cancelled). */
	public interface Opener {
		String open(Dialog dialog);
	}

	private static final Opener NATIVE = dialog -> dialog instanceof FileDialog file ? file.open() : ((DirectoryDialog) dialog).open();
	private static volatile Opener opener = NATIVE;
	private static volatile Path lastFolder;

	private FileDialogs() {
	}

	/**
	 * Opens {@code dialog} in the folder of {@code near} (a file or folder the choice is about; null or blank when
	 * none), or where {@link #startFolder(String)} says; returns the path chosen, or null.
	 */
	public static String open(FileDialog dialog, String near) {
		Path start = startFolder(near, dialog.getParent());
		dialog.setFilterPath(start.toString());
		Path named = pathOf(near);
		if (named != null && named.getFileName() != null && !Files.isDirectory(named)) {
			dialog.setFileName(named.getFileName().toString());
		}
		return remember(opener.open(dialog), false);
	}

	public static String open(DirectoryDialog dialog, String near) {
		dialog.setFilterPath(startFolder(near, dialog.getParent()).toString());
		return remember(opener.open(dialog), true);
	}

	/** The folder a dialog about {@code near}, shown over {@code parent}, starts in. */
	public static Path startFolder(String near, Shell parent) {
		Path named = pathOf(near);
		if (named != null && named.isAbsolute()) {
			if (Files.isDirectory(named)) {
				return named;
			}
			if (named.getParent() != null && Files.isDirectory(named.getParent())) {
				return named.getParent();
			}
		}
		Path model = activeModelFolder(parent);
		if (model != null) {
			return model;
		}
		Path last = lastFolder;
		if (last != null && Files.isDirectory(last)) {
			return last;
		}
		return Paths.get(System.getProperty("user.home"));
	}

	/**
	 * Shows dialogs through {@code replacement} from now on and returns the one before: tests choose files with it
	 * (the native dialog cannot be driven) and read where the dialog was set to start.
	 */
	public static Opener openWith(Opener replacement) {
		Opener before = opener;
		opener = replacement == null ? NATIVE : replacement;
		return before;
	}

	private static String remember(String chosen, boolean isFolder) {
		Path path = pathOf(chosen);
		if (path != null) {
			lastFolder = isFolder ? path : path.getParent();
		}
		return chosen;
	}

	/**
	 * The folder of the model edited in the dialog's window (a wizard's shell belongs to it too). Editors of a model
	 * adapt to its file's {@link Path} (ModelEditor, and the others through ModelPartEditing.adapter), so this
	 * package need not know the open models (which use it for Save As).
	 */
	private static Path activeModelFolder(Shell parent) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		IWorkbenchWindow window = windowOf(parent);
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		IEditorPart editor = page == null ? null : page.getActiveEditor();
		Path file = editor == null ? null : editor.getAdapter(Path.class);
		return file == null ? null : file.toAbsolutePath().getParent();
	}

	private static IWorkbenchWindow windowOf(Shell parent) {
		IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
		for (Shell shell = parent; shell != null; shell = shell.getParent() instanceof Shell above ? above : null) {
			for (IWorkbenchWindow window : windows) {
				if (window.getShell() == shell) {
					return window;
				}
			}
		}
		// the active window is null when no window has the focus (no window manager, another program in front)
		IWorkbenchWindow active = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return active != null ? active : windows.length > 0 ? windows[0] : null;
	}

	private static Path pathOf(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Paths.get(text.trim());
		} catch (java.nio.file.InvalidPathException e) {
			return null;
		}
	}
}
