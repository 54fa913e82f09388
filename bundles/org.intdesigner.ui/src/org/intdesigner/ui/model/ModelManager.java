package org.intdesigner.ui.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.intdesigner.model.IntdModel;

/**
 * The models open in this workbench (Archi's model manager, in small): editors open and close
 * models here, views such as the Model Explorer list them and hear when one opens, closes or is
 * saved. A file is open at most once.
 */
public final class ModelManager {

	/** Hears about open models coming and going. Called on the thread that made the change. */
	public interface Listener {
		void modelsChanged();
	}

	public static final ModelManager INSTANCE = new ModelManager();

	private final List<OpenModel> models = new CopyOnWriteArrayList<>();
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	private ModelManager() {
	}

	public OpenModel find(Path file) {
		Path normal = file.toAbsolutePath().normalize();
		for (OpenModel model : models) {
			if (model.getFile().toAbsolutePath().normalize().equals(normal)) {
				return model;
			}
		}
		return null;
	}

	public OpenModel open(Path file) throws IOException {
		OpenModel open = find(file);
		if (open == null) {
			open = OpenModel.load(file);
			models.add(open);
			fire();
		}
		return open;
	}

	/** A model made in memory (template), saved to {@code file} and then open. */
	public OpenModel create(Path file, IntdModel model) throws IOException {
		OpenModel open = OpenModel.create(file, model);
		models.add(open);
		fire();
		return open;
	}

	public void close(OpenModel model) {
		if (models.remove(model)) {
			model.dispose();
			fire();
		}
	}

	public List<OpenModel> getModels() {
		return new ArrayList<>(models);
	}

	public OpenModel modelOf(Object element) {
		for (OpenModel model : models) {
			if (element instanceof org.eclipse.emf.ecore.EObject object && object.eResource() == model.getResource()) {
				return model;
			}
		}
		return null;
	}

	public void changed() {
		fire();
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	private void fire() {
		for (Listener listener : listeners) {
			listener.modelsChanged();
		}
	}
}
