package org.intdesigner.diagram.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.PartInitException;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.ui.session.DiagramSession;
import org.intdesigner.diagram.ui.session.SemanticModels;

/**
 * The diagram an editor opens, found from its input: the notation in the model's diagrams file,
 * its installed specification and the model element it shows. When one of them is missing the
 * editor does not open, and the message says which and what to do.
 */
record ResolvedDiagram(Diagram notation, DiagramDescription description, EObject root) {

	/** Opening a .intdiagrams file opens a diagram of the model file beside it. */
	static Path modelFileBeside(Path notationFile) throws PartInitException {
		String name = notationFile.getFileName().toString();
		String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
		for (String extension : SemanticModels.extensions()) {
			Path candidate = notationFile.resolveSibling(base + "." + extension);
			if (Files.exists(candidate)) {
				return candidate;
			}
		}
		throw new PartInitException("No model file " + base + ".* lies beside " + notationFile
				+ "; diagrams are opened from their model. Put the model file back beside it.");
	}

	/** The diagram {@code diagramId} names in the session (null: its first diagram). */
	static ResolvedDiagram in(DiagramSession session, String diagramId) throws PartInitException {
		List<Diagram> diagrams = session.getDiagramSet().getDiagrams();
		Diagram notation = diagramId == null ? (diagrams.isEmpty() ? null : diagrams.get(0)) : session.find(diagramId);
		if (notation == null) {
			throw new PartInitException(diagramId == null ? session.getNotationFile() + " holds no diagrams yet."
					: "The diagram is no longer in " + session.getNotationFile() + ".");
		}
		DiagramDescription description = DiagramDescriptions.find(notation.getDescription());
		if (description == null) {
			throw new PartInitException("The diagram type '" + notation.getDescription() + "' of '" + notation.getName()
					+ "' is not installed, or its specification has errors (see the Error Log).");
		}
		Resource model = session.getSemantic().getRoot().eResource();
		EObject root = model.getEObject(notation.getElement());
		if (root == null) {
			throw new PartInitException("The element diagram '" + notation.getName()
					+ "' shows is no longer in the model. Delete the diagram, or undo the deletion in the model editor.");
		}
		return new ResolvedDiagram(notation, description, root);
	}
}
