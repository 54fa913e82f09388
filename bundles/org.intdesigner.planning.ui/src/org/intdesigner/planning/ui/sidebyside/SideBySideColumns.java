package org.intdesigner.planning.ui.sidebyside;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.CommandStackListener;
import org.intdesigner.model.compare.Scenarios;
import org.intdesigner.model.IntdModel;
import org.intdesigner.planning.scenarios.SideBySide;
import org.intdesigner.ui.model.ModelManager;
import org.intdesigner.ui.model.OpenModel;

/**
 * The model files shown side by side, the first the one the others are compared with, at most
 * {@link SideBySide#MAX_MODELS}; and the command stacks of those open in an editor, whose edits call {@code edited}.
 */
final class SideBySideColumns {

	private final List<Path> files = new ArrayList<>();
	private final Runnable edited;
	private final Map<OpenModel, CommandStackListener> watched = new HashMap<>();

	SideBySideColumns(Runnable edited) {
		this.edited = edited;
	}

	/** Why a scenario is shown without its baseline (its file is not there), or null. */
	static String missingBaseline(IntdModel model, Path file) {
		Path baseline = Scenarios.baselineOf(model, file);
		return baseline == null || java.nio.file.Files.isRegularFile(baseline) ? null
				: file.getFileName() + " is a scenario of " + baseline + ", which is not there: it is shown alone. Use Add"
						+ " Model... to compare it with another model.";
	}

	/** The models to show for {@code model} saved at {@code file}: a scenario's baseline first when it is there. */
	static List<Path> defaultsFor(IntdModel model, Path file) {
		Path baseline = Scenarios.baselineOf(model, file);
		return baseline != null && java.nio.file.Files.isRegularFile(baseline) ? List.of(baseline, normal(file)) : List.of(normal(file));
	}

	List<Path> files() {
		return List.copyOf(files);
	}

	void set(List<Path> chosen) {
		files.clear();
		for (Path file : chosen) {
			add(file);
		}
	}

	/** Adds {@code file} unless it is shown already; false when four are shown. */
	boolean add(Path file) {
		Path normal = normal(file);
		if (files.contains(normal)) {
			return true;
		}
		if (files.size() >= SideBySide.MAX_MODELS) {
			return false;
		}
		files.add(normal);
		return true;
	}

	void remove(Path file) {
		files.remove(file);
	}

	/** The column headings: file names, with their folder where two share a name. */
	List<String> names() {
		List<String> names = new ArrayList<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			boolean shared = files.stream().filter(other -> other.getFileName().toString().equals(name)).count() > 1;
			names.add(shared && file.getParent() != null ? file.getParent().getFileName() + "/" + name : name);
		}
		return names;
	}

	/** Listens to the models of these files open now (call after every change of files and before a refresh). */
	void watch() {
		unwatch();
		for (Path file : files) {
			OpenModel open = ModelManager.INSTANCE.find(file);
			if (open != null && !watched.containsKey(open)) {
				CommandStackListener listener = event -> edited.run();
				open.getCommandStack().addCommandStackListener(listener);
				watched.put(open, listener);
			}
		}
	}

	void unwatch() {
		watched.forEach((open, listener) -> open.getCommandStack().removeCommandStackListener(listener));
		watched.clear();
	}

	private static Path normal(Path file) {
		return file.toAbsolutePath().normalize();
	}
}
