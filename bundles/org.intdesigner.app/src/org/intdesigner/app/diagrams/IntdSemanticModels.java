package org.intdesigner.app.diagrams;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.intdesigner.diagram.interpreter.BaselineSource;
import org.intdesigner.diagram.ui.session.SemanticModel;
import org.intdesigner.diagram.ui.session.SemanticModelProvider;
import org.intdesigner.ui.emf.ItemPropertySourceProvider;
import org.intdesigner.ui.model.ModelManager;
import org.intdesigner.ui.model.ModelPartEditing;
import org.intdesigner.ui.model.OpenModel;

/**
 * Opens .intd files for diagrams through the workbench's model manager, so a diagram and the
 * model editor of the same file share one model, one command stack and one dirty state.
 */
public class IntdSemanticModels implements SemanticModelProvider {

	@Override
	public SemanticModel open(Path file) throws IOException {
		return new Shared(ModelManager.INSTANCE.open(file));
	}

	private static final class Shared implements SemanticModel {

		private final OpenModel model;
		private boolean released;

		Shared(OpenModel model) {
			this.model = model;
		}

		@Override
		public Path getFile() {
			return model.getFile();
		}

		@Override
		public EObject getRoot() {
			return model.getModel();
		}

		@Override
		public EditingDomain getEditingDomain() {
			return model.getDomain();
		}

		@Override
		public IPropertySourceProvider getPropertySourceProvider() {
			return new ItemPropertySourceProvider(model.getAdapterFactory());
		}

		@Override
		public String getText(Object object) {
			IItemLabelProvider labels = (IItemLabelProvider) model.getAdapterFactory().adapt(object, IItemLabelProvider.class);
			return labels != null ? labels.getText(object) : String.valueOf(object);
		}

		@Override
		public boolean isDirty() {
			return model.isDirty();
		}

		@Override
		public void save() throws IOException {
			model.save();
		}

		@Override
		public void saveAs(Path target) throws IOException {
			OpenModel other = ModelManager.INSTANCE.find(target);
			if (other != null && other != model) {
				throw new IOException(target + " is open in another editor. Close it first or choose another name.");
			}
			model.saveAs(target);
		}

		@Override
		public void addSaveListener(Runnable listener) {
			model.addSaveListener(listener);
		}

		@Override
		public void removeSaveListener(Runnable listener) {
			model.removeSaveListener(listener);
		}

		@Override
		public void release() {
			if (!released) {
				released = true;
				ModelManager.INSTANCE.close(model);
			}
		}

		@Override
		public <T> T getAdapter(Class<T> adapter) {
			if (adapter == BaselineSource.class) {
				return adapter.cast(new ScenarioBaselineSource(model)); // a scenario's diagrams mark its changes
			}
			// the model and its Properties page (which follows every change), as the model's own editors give them
			return ModelPartEditing.adapter(model, adapter);
		}
	}
}
