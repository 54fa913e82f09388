package org.intdesigner.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * An editor input for a file on disk. INT Designer has no workspace (the IDE's resources are not
 * in the product), so editors open plain files; the input is persistable so that open editors
 * come back after a restart.
 */
public final class PathEditorInput extends PlatformObject implements IPathEditorInput, IPersistableElement {

	static final String MEMENTO_PATH = "path";

	private final Path path;

	public PathEditorInput(Path path) {
		this.path = path.toAbsolutePath().normalize();
	}

	public Path getFile() {
		return path;
	}

	@Override
	public IPath getPath() {
		return IPath.fromPath(path);
	}

	@Override
	public boolean exists() {
		return Files.exists(path);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return path.getFileName().toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getToolTipText() {
		return path.toString();
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(MEMENTO_PATH, path.toString());
	}

	@Override
	public String getFactoryId() {
		return PathEditorInputFactory.ID;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PathEditorInput input && input.path.equals(path);
	}

	@Override
	public int hashCode() {
		return Objects.hash(path);
	}
}
