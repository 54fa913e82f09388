package org.intdesigner.ui.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.intdesigner.model.IntdModel;

/**
 * The models open in this workbench (Archi's model manager, in small): editors open and close
 * models here, so a file is open at most once and every view of it (the model editor, diagrams)
 * shares one editing domain. A model stays open until the last of its users closes it.
 */
public final class ModelManager {

	public static final ModelManager INSTANCE = new ModelManager();

	private final List<OpenModel> models = new CopyOnWriteArrayList<>();
	private final Map<OpenModel, Integer> users = new ConcurrentHashMap<>();

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
			validateSoon(open);
		}
		users.merge(open, 1, Integer::sum);
		return open;
	}

	/** A model made in memory (template), saved to {@code file} and then open. */
	public OpenModel create(Path file, IntdModel model) throws IOException {
		OpenModel open = OpenModel.create(file, model);
		models.add(open);
		validateSoon(open);
		users.put(open, 1);
		return open;
	}

	/** The models open now (the rules preference page re-validates them all). */
	public List<OpenModel> openModels() {
		return List.copyOf(models);
	}

	/** The first validation runs once the editor is up, so opening a big model does not wait for it. */
	private void validateSoon(OpenModel open) {
		org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
		if (display != null) {
			display.asyncExec(() -> {
				if (models.contains(open) && open.getValidation().getReport() == null) {
					open.getValidation().validateAll();
				}
			});
		}
	}

	/** One user is done with {@code model}; the last one closes it. */
	public void close(OpenModel model) {
		Integer left = users.computeIfPresent(model, (m, count) -> count > 1 ? count - 1 : null);
		if (left == null && models.remove(model)) {
			model.dispose();
		}
	}
}
