package org.intdesigner.model.io;

import org.eclipse.emf.ecore.resource.Resource;
import org.intdesigner.model.IntdModel;

/** An opened .intd file: its resource, its root and what the load-time integrity check found. */
public record LoadedModel(Resource resource, IntdModel model, ModelIntegrity.Report integrity) {
}
