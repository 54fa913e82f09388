package org.intdesigner.diagram.ui.session;

import java.io.IOException;
import java.nio.file.Path;

/** Opens semantic model files of one kind for diagrams (see the semanticModels extension point). */
public interface SemanticModelProvider {

	/** Opens {@code file}, or shares it if it is open already; the caller releases it when done. */
	SemanticModel open(Path file) throws IOException;
}
