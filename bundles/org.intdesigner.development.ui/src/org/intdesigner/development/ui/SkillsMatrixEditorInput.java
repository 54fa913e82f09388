package org.intdesigner.development.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/**
 * What a skills matrix shows: the model of one file, and the team or area (by id, so the input outlives the objects
 * of one loading) or the whole model. Kept in the workbench's saved state, so an open matrix comes back after a restart.
 */
public final class SkillsMatrixEditorInput extends PlatformObject implements IEditorInput, IPersistableElement {

	static final String MEMENTO_PATH = "path";
	static final String MEMENTO_SCOPE = "scope";
	static final String MEMENTO_SCOPE_NAME = "scopeName";

	private final Path file;
	private final String scopeId;
	private final String scopeName;

	/** The whole model's matrix when {@code scopeId} is null. */
	public SkillsMatrixEditorInput(Path file, String scopeId, String scopeName) {
		this.file = file.toAbsolutePath().normalize();
		this.scopeId = scopeId;
		this.scopeName = scopeName;
	}

	public Path getFile() {
		return file;
	}

	/** The id of the team or area shown, or null for the whole model. */
	public String getScopeId() {
		return scopeId;
	}

	@Override
	public boolean exists() {
		return Files.exists(file);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.createFromURL(SkillsMatrixEditorInput.class.getResource("/icons/skills16.png"));
	}

	@Override
	public String getName() {
		return "Skills " + (scopeId == null ? file.getFileName().toString() : scopeName);
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getToolTipText() {
		return "Skills matrix of " + (scopeId == null ? "the whole model" : scopeName) + " in " + file;
	}

	@Override
	public String getFactoryId() {
		return SkillsMatrixEditorInputFactory.ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(MEMENTO_PATH, file.toString());
		if (scopeId != null) {
			memento.putString(MEMENTO_SCOPE, scopeId);
			memento.putString(MEMENTO_SCOPE_NAME, scopeName);
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SkillsMatrixEditorInput input && input.file.equals(file) && Objects.equals(input.scopeId, scopeId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(file, scopeId);
	}
}
