package org.intdesigner.planning.ui.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/**
 * What a WISN study editor edits: one study of one model file, by the study's id (so the input outlives the objects
 * of one loading). Kept in the workbench's saved state, so an open study comes back after a restart.
 */
public final class WisnStudyEditorInput extends PlatformObject implements IEditorInput, IPersistableElement {

	static final String MEMENTO_PATH = "path";
	static final String MEMENTO_STUDY = "study";
	static final String MEMENTO_NAME = "name";

	private final Path file;
	private final String studyId;
	private final String studyName;

	public WisnStudyEditorInput(Path file, String studyId, String studyName) {
		this.file = file.toAbsolutePath().normalize();
		this.studyId = studyId;
		this.studyName = studyName == null || studyName.isBlank() ? "WISN study" : studyName;
	}

	public Path getFile() {
		return file;
	}

	public String getStudyId() {
		return studyId;
	}

	@Override
	public boolean exists() {
		return Files.exists(file);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.createFromURL(WisnStudyEditorInput.class.getResource("/icons/study16.png"));
	}

	@Override
	public String getName() {
		return studyName;
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getToolTipText() {
		return "WISN study '" + studyName + "' in " + file;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(MEMENTO_PATH, file.toString());
		memento.putString(MEMENTO_STUDY, studyId);
		memento.putString(MEMENTO_NAME, studyName);
	}

	@Override
	public String getFactoryId() {
		return WisnStudyEditorInputFactory.ID;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof WisnStudyEditorInput input && input.file.equals(file) && Objects.equals(input.studyId, studyId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(file, studyId);
	}
}
