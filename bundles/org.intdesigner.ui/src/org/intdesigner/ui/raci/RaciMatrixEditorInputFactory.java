package org.intdesigner.ui.raci;

import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Recreates a {@link RaciMatrixEditorInput} from the workbench's saved state. */
public final class RaciMatrixEditorInputFactory implements IElementFactory {

	public static final String ID = "org.intdesigner.ui.raci.raciMatrixEditorInput";

	@Override
	public IAdaptable createElement(IMemento memento) {
		String path = memento.getString(RaciMatrixEditorInput.MEMENTO_PATH);
		if (path == null) {
			return null;
		}
		return new RaciMatrixEditorInput(Path.of(path), memento.getString(RaciMatrixEditorInput.MEMENTO_TEAM),
				memento.getString(RaciMatrixEditorInput.MEMENTO_TEAM_NAME));
	}
}
