package org.intdesigner.ui.files;

import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Recreates a {@link PathEditorInput} from the workbench's saved state. */
public final class PathEditorInputFactory implements IElementFactory {

	public static final String ID = "org.intdesigner.ui.files.pathEditorInput";

	@Override
	public IAdaptable createElement(IMemento memento) {
		String path = memento.getString(PathEditorInput.MEMENTO_PATH);
		return path == null ? null : new PathEditorInput(Path.of(path));
	}
}
