package org.intdesigner.app.files;

import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.intdesigner.app.IntdIds;
import org.intdesigner.ui.files.FileDialogs;

/** File &gt; Open File... (Ctrl+O): choose one or more files and open each in its editor. */
public final class OpenFileAction extends Action implements IWorkbenchAction {

	private IWorkbenchWindow window;

	public OpenFileAction(IWorkbenchWindow window) {
		super("&Open File...");
		this.window = window;
		setId(IntdIds.COMMAND_OPEN_FILE);
		setActionDefinitionId(IntdIds.COMMAND_OPEN_FILE);
		setToolTipText("Open an INT design");
		setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_FOLDER));
	}

	@Override
	public void run() {
		if (window == null) {
			return;
		}
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText("Open File");
		dialog.setFilterNames(new String[] { "INT designs (*.intd)", "All files (*)" });
		dialog.setFilterExtensions(new String[] { "*.intd", "*" });
		String first = FileDialogs.open(dialog, null);
		if (first == null) {
			return;
		}
		EditorOpener opener = new EditorOpener(window);
		String[] names = dialog.getFileNames();
		if (names.length == 0) {
			// a chooser that set no names (not the native dialog) chose only the path it returned
			opener.open(Path.of(first));
		}
		for (String name : names) {
			opener.open(Path.of(dialog.getFilterPath(), name));
		}
	}

	@Override
	public void dispose() {
		window = null;
	}
}
