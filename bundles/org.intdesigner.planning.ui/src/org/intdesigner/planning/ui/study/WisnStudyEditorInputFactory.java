package org.intdesigner.planning.ui.study;

import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Brings an open WISN study editor back after a restart. */
public final class WisnStudyEditorInputFactory implements IElementFactory {

	public static final String ID = "org.intdesigner.planning.ui.studyEditorInputFactory";

	@Override
	public IAdaptable createElement(IMemento memento) {
		String path = memento.getString(WisnStudyEditorInput.MEMENTO_PATH);
		String study = memento.getString(WisnStudyEditorInput.MEMENTO_STUDY);
		return path == null || study == null ? null
				: new WisnStudyEditorInput(Path.of(path), study, memento.getString(WisnStudyEditorInput.MEMENTO_NAME));
	}
}
