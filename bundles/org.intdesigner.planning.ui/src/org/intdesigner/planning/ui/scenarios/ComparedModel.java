package org.intdesigner.planning.ui.scenarios;

import java.nio.file.Path;

import org.intdesigner.model.IntdModel;
import org.intdesigner.ui.model.ModelManager;
import org.intdesigner.ui.model.OpenModel;

/**
 * One side of a comparison: a model file and its model, which is the one open in the workbench when the file is open
 * in an editor (so unsaved edits count and the view hears them), else a read-only copy loaded from the file.
 */
record ComparedModel(Path file, IntdModel model, OpenModel open) {

	static ComparedModel of(OpenModel open) {
		return new ComparedModel(open.getFile().toAbsolutePath().normalize(), open.getModel(), open);
	}

	/** The model of {@code file}: the open one when an editor has it, else read from the file (never changed). */
	static ComparedModel at(Path file) throws java.io.IOException {
		OpenModel open = ModelManager.INSTANCE.find(file);
		if (open != null) {
			return of(open);
		}
		Path normal = file.toAbsolutePath().normalize();
		return new ComparedModel(normal, ReadOnlyModels.read(normal), null);
	}

	/** Whether the model is still the one to compare: an open model closed since is not. */
	boolean current() {
		return open == null || ModelManager.INSTANCE.openModels().contains(open);
	}

	String fileName() {
		return file.getFileName() == null ? file.toString() : file.getFileName().toString();
	}
}
