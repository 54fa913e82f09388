package org.intdesigner.diagram.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
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

	private Path key;
	private final SemanticModel semantic;
	private final Resource notation;
	private Path notationFile;
	private int users;
	private boolean savingAs;
	private final Runnable saveListener = this::modelSaved;

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
			semantic.addSaveListener(session.saveListener);
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
		semantic.removeSaveListener(saveListener);
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

	/**
	 * Saves the model to {@code modelFile} and its diagrams beside it (a diagrams file belongs to the
	 * model file of the same name, so the two move together); both become this session's files. The
	 * files saved before are left as they were.
	 */
	public void saveAs(Path modelFile) throws IOException {
		Path target = modelFile.toAbsolutePath().normalize();
		synchronized (DiagramSession.class) {
			DiagramSession other = OPEN.get(target);
			if (other != null && other != this) {
				throw new IOException(target + " is open with its diagrams already. Close its editors first or choose another name.");
			}
		}
		savingAs = true;
		try {
			semantic.saveAs(target);
		} finally {
			savingAs = false;
		}
		// the model first: should writing the diagrams fail, a later Save writes them where they now belong
		followModelFile();
	}

	/** After a save of the model, by any editor: a model saved under a new name takes its diagrams along. */
	private void modelSaved() {
		if (savingAs) {
			return; // saveAs follows the model itself, and reports a failure to its caller
		}
		try {
			followModelFile();
		} catch (IOException e) {
			ILog.of(DiagramSession.class).error("The diagrams of " + key + " could not be written beside it: " + e.getMessage(), e);
		}
	}

	private void followModelFile() throws IOException {
		Path now = semantic.getFile().toAbsolutePath().normalize();
		if (!now.equals(key)) {
			synchronized (DiagramSession.class) {
				OPEN.remove(key);
				key = now;
				notationFile = NotationFiles.notationFileFor(now);
				OPEN.put(key, this);
			}
		}
		if (!notation.getURI().isFile() || !Path.of(notation.getURI().toFileString()).toAbsolutePath().normalize().equals(notationFile)) {
			NotationFiles.saveAs(notation, notationFile);
		}
	}

	/** The model file this session has open now (it changes with Save As). */
	public Path getModelFile() {
		return key;
	}
}
