package org.intdesigner.diagram.ui.session;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.core.runtime.IAdaptable;

/** One diagram of a model file, remembered across restarts (the workbench reopens it). */
public final class DiagramEditorInput implements IEditorInput, IPersistableElement {

	public static final String FACTORY_ID = "org.intdesigner.diagram.ui.diagramInputFactory";

	private final Path modelFile;
	private final String diagramId;
	private final String name;

	public DiagramEditorInput(Path modelFile, String diagramId, String name) {
		this.modelFile = modelFile.toAbsolutePath().normalize();
		this.diagramId = diagramId;
		this.name = name;
	}

	public Path getModelFile() {
		return modelFile;
	}

	public String getDiagramId() {
		return diagramId;
	}

	@Override
	public boolean exists() {
		return modelFile.toFile().exists();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getToolTipText() {
		return name + " (" + modelFile + ")";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public String getFactoryId() {
		return FACTORY_ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString("model", modelFile.toString());
		memento.putString("diagram", diagramId);
		memento.putString("name", name);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DiagramEditorInput input && input.modelFile.equals(modelFile)
				&& input.diagramId.equals(diagramId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(modelFile, diagramId);
	}

	/** Recreates inputs saved by {@link #saveState(IMemento)}. */
	public static final class Factory implements IElementFactory {
		@Override
		public IAdaptable createElement(IMemento memento) {
			String model = memento.getString("model");
			String diagram = memento.getString("diagram");
			if (model == null || diagram == null) {
				return null;
			}
			String name = memento.getString("name");
			return new DiagramEditorInput(Paths.get(model), diagram, name == null ? diagram : name);
		}
	}
}
