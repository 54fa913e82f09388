package org.intdesigner.diagram.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.DiagramSet;
import org.intdesigner.diagram.store.NotationFiles;

/**
 * A model file with its diagrams, as every diagram editor on it shares them (Sirius's session, in
 * small): the semantic model and the notation file loaded into the same resource set, so one
 * command stack undoes model and layout changes alike. Opened per model file and closed when its
 * last editor releases it.
 */
public final class DiagramSession {

	private static final Map<Path, DiagramSession> OPEN = new HashMap<>();

	private final Path key;
	private final SemanticModel semantic;
	private final Resource notation;
	private final Path notationFile;
	private int users;

	private DiagramSession(Path key, SemanticModel semantic, Resource notation, Path notationFile) {
		this.key = key;
		this.semantic = semantic;
		this.notation = notation;
		this.notationFile = notationFile;
	}

	/** Opens (or shares) the session of {@code modelFile}; release it when done. */
	public static synchronized DiagramSession open(Path modelFile) throws IOException {
		Path key = modelFile.toAbsolutePath().normalize();
		DiagramSession session = OPEN.get(key);
		if (session == null) {
			SemanticModel semantic = SemanticModels.open(key);
			Path notationFile = NotationFiles.notationFileFor(key);
			Resource notation;
			try {
				notation = NotationFiles.load(semantic.getEditingDomain().getResourceSet(), notationFile);
			} catch (IOException e) {
				semantic.release();
				throw e;
			}
			notation.setTrackingModification(true);
			session = new DiagramSession(key, semantic, notation, notationFile);
			OPEN.put(key, session);
		}
		session.users++;
		return session;
	}

	public synchronized void release() {
		if (--users > 0) {
			return;
		}
		OPEN.remove(key);
		notation.getResourceSet().getResources().remove(notation);
		semantic.release();
	}

	public SemanticModel getSemantic() {
		return semantic;
	}

	public Resource getNotationResource() {
		return notation;
	}

	public Path getNotationFile() {
		return notationFile;
	}

	public DiagramSet getDiagramSet() {
		return (DiagramSet) notation.getContents().get(0);
	}

	public Diagram find(String diagramId) {
		return getDiagramSet().getDiagrams().stream().filter(d -> diagramId.equals(d.getId())).findFirst().orElse(null);
	}

	public boolean isDirty() {
		return semantic.isDirty() || notation.isModified();
	}

	/** Saves the model, then the diagrams; each file is replaced whole or not at all. */
	public void save() throws IOException {
		semantic.save();
		NotationFiles.save(notation, notationFile);
	}
}
