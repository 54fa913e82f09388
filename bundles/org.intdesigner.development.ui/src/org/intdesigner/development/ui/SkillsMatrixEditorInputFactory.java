package org.intdesigner.development.ui;

import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Recreates a {@link SkillsMatrixEditorInput} from the workbench's saved state. */
public final class SkillsMatrixEditorInputFactory implements IElementFactory {

	public static final String ID = "org.intdesigner.development.ui.skillsMatrixEditorInput";

	@Override
	public IAdaptable createElement(IMemento memento) {
		String path = memento.getString(SkillsMatrixEditorInput.MEMENTO_PATH);
		return path == null ? null
				: new SkillsMatrixEditorInput(Path.of(path), memento.getString(SkillsMatrixEditorInput.MEMENTO_SCOPE),
						memento.getString(SkillsMatrixEditorInput.MEMENTO_SCOPE_NAME));
	}
}
