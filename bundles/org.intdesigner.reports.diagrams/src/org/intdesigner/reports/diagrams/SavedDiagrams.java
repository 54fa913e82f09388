package org.intdesigner.reports.diagrams;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.DiagramSet;
import org.intdesigner.diagram.store.NotationFiles;

/**
 * The diagrams the user saved beside the model ({@code name.intdiagrams}), read once for a report.
 * The report only reads them: what it changes to draw them (new elements placed) is never saved.
 */
final class SavedDiagrams {

	private final Path file;
	private final List<Diagram> diagrams;
	private final String problem;

	private SavedDiagrams(Path file, List<Diagram> diagrams, String problem) {
		this.file = file;
		this.diagrams = diagrams;
		this.problem = problem;
	}

	/** The diagrams saved beside {@code modelFile}; none when there is no model file or no diagram file. */
	static SavedDiagrams beside(Path modelFile) {
		if (modelFile == null) {
			return new SavedDiagrams(null, List.of(), null);
		}
		Path file = NotationFiles.notationFileFor(modelFile);
		if (!Files.isRegularFile(file)) {
			return new SavedDiagrams(file, List.of(), null);
		}
		try {
			Resource resource = NotationFiles.load(new ResourceSetImpl(), file);
			return new SavedDiagrams(file, List.copyOf(((DiagramSet) resource.getContents().get(0)).getDiagrams()), null);
		} catch (IOException e) {
			return new SavedDiagrams(file, List.of(), e.getMessage());
		}
	}

	/** The first saved diagram of the type {@code descriptionId} drawn of the element at {@code elementFragment}. */
	Optional<Diagram> find(String descriptionId, String elementFragment) {
		return diagrams.stream()
				.filter(d -> descriptionId.equals(d.getDescription()) && elementFragment.equals(d.getElement()))
				.findFirst();
	}

	/** The diagram file's name, e.g. "riverside.intdiagrams". */
	String fileName() {
		return file == null ? "" : file.getFileName().toString();
	}

	/** Why the diagram file could not be read (the diagrams are then laid out afresh), or null. */
	String problem() {
		return problem;
	}
}
