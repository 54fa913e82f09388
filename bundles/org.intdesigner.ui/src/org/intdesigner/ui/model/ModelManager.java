package org.intdesigner.ui.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.intdesigner.model.IntdModel;

/**
 * The models open in this workbench (Archi's model manager, in small): editors open and close
 * models here, so a file is open at most once and every view of it shares one editing domain.
 */
public final class ModelManager {

	public static final ModelManager INSTANCE = new ModelManager();

	private final List<OpenModel> models = new CopyOnWriteArrayList<>();

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
		}
		return open;
	}

	/** A model made in memory (template), saved to {@code file} and then open. */
	public OpenModel create(Path file, IntdModel model) throws IOException {
		OpenModel open = OpenModel.create(file, model);
		models.add(open);
		return open;
	}

	public void close(OpenModel model) {
		if (models.remove(model)) {
			model.dispose();
		}
	}
}
