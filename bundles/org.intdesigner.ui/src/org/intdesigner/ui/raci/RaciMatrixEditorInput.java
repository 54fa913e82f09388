package org.intdesigner.ui.raci;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/**
 * What a RACI matrix editor shows: the accountability items of one model file, all of them or those
 * of one team (by its id, so the input outlives the objects of one loading). Kept in the workbench's
 * saved state, so an open matrix comes back after a restart.
 */
public final class RaciMatrixEditorInput extends PlatformObject implements IEditorInput, IPersistableElement {

	static final String MEMENTO_PATH = "path";
	static final String MEMENTO_TEAM = "team";
	static final String MEMENTO_TEAM_NAME = "teamName";

	private final Path file;
	private final String teamId;
	private final String teamName;

	/** The whole model's matrix when {@code teamId} is null. */
	public RaciMatrixEditorInput(Path file, String teamId, String teamName) {
		this.file = file.toAbsolutePath().normalize();
		this.teamId = teamId;
		this.teamName = teamName;
	}

	public Path getFile() {
		return file;
	}

	/** The team whose items the matrix shows, or null for every item of the model. */
	public String getTeamId() {
		return teamId;
	}

	@Override
	public boolean exists() {
		return java.nio.file.Files.exists(file);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.createFromURL(RaciMatrixEditorInput.class.getResource("/icons/raci16.png"));
	}

	@Override
	public String getName() {
		return "RACI " + (teamId == null ? file.getFileName().toString() : teamName);
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getToolTipText() {
		return "RACI matrix of " + (teamId == null ? "every accountability item" : "the team " + teamName) + " in " + file;
	}

	@Override
	public String getFactoryId() {
		return RaciMatrixEditorInputFactory.ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(MEMENTO_PATH, file.toString());
		if (teamId != null) {
			memento.putString(MEMENTO_TEAM, teamId);
			memento.putString(MEMENTO_TEAM_NAME, teamName);
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RaciMatrixEditorInput input && input.file.equals(file) && Objects.equals(input.teamId, teamId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(file, teamId);
	}
}
