package org.intdesigner.app.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.intdesigner.app.AppPlugin;
import org.intdesigner.ui.files.PathEditorInput;

/**
 * Opens a file on disk in the editor registered for its content type or name, remembers it in
 * {@link RecentFiles}, and tells the user plainly when that is not possible.
 */
public final class EditorOpener {

	private final IWorkbenchWindow window;
	private final RecentFiles recentFiles;

	public EditorOpener(IWorkbenchWindow window) {
		this(window, new RecentFiles());
	}

	EditorOpener(IWorkbenchWindow window, RecentFiles recentFiles) {
		this.window = window;
		this.recentFiles = recentFiles;
	}

	/** Returns the editor, or null after telling the user why the file could not be opened. */
	public IEditorPart open(Path file) {
		if (!Files.isRegularFile(file)) {
			recentFiles.remove(file);
			MessageDialog.openError(window.getShell(), "Open File",
					"The file " + file + " does not exist any more. It has been removed from File > Open Recent.");
			return null;
		}
		IEditorDescriptor editor = editorFor(file);
		if (editor == null) {
			MessageDialog.openError(window.getShell(), "Open File", "INT Designer has no editor for "
					+ file.getFileName() + ". It opens INT designs (.intd files); use File > Import for other data.");
			return null;
		}
		IWorkbenchPage page = window.getActivePage();
		try {
			IEditorPart part = page.openEditor(new PathEditorInput(file), editor.getId());
			recentFiles.add(file);
			return part;
		} catch (PartInitException e) {
			AppPlugin.logError("Could not open " + file, e);
			MessageDialog.openError(window.getShell(), "Open File",
					"INT Designer could not open " + file + ": " + e.getMessage());
			return null;
		}
	}

	private static IEditorDescriptor editorFor(Path file) {
		String name = file.getFileName().toString();
		IContentType type = null;
		try (InputStream in = Files.newInputStream(file)) {
			type = Platform.getContentTypeManager().findContentTypeFor(in, name);
		} catch (IOException e) {
			// unreadable content: fall back to matching by name only
		}
		return PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor(name, type);
	}
}
