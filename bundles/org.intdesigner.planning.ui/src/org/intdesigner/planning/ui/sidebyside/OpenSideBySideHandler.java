package org.intdesigner.planning.ui.sidebyside;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.intdesigner.model.IntdModel;
import org.intdesigner.planning.scenarios.SideBySide;
import org.intdesigner.ui.model.CommandSelection;

/**
 * "Side by Side" on a model (its root in the model editor or the Model Explorer): one model selected shows it, and
 * a scenario with its baseline first; several models selected show them (up to four) in the order selected.
 */
public final class OpenSideBySideHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		List<IntdModel> models = new ArrayList<>();
		if (CommandSelection.of(event) instanceof IStructuredSelection selection) {
			for (Object selected : selection.toList()) {
				if (selected instanceof EObject element && EcoreUtil.getRootContainer(element) instanceof IntdModel model
						&& !models.contains(model)) {
					models.add(model);
				}
			}
		}
		Set<Path> files = new LinkedHashSet<>();
		String note = null;
		for (IntdModel model : models) {
			Path file = fileOf(model);
			if (file == null) {
				throw new ExecutionException("The model is not saved in a file yet: save it first.");
			}
			files.addAll(models.size() == 1 ? SideBySideColumns.defaultsFor(model, file) : List.of(file));
			note = models.size() == 1 ? SideBySideColumns.missingBaseline(model, file) : null;
		}
		if (files.isEmpty()) {
			return null;
		}
		try {
			SideBySideView view = (SideBySideView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
					.showView(SideBySideView.ID);
			view.show(new ArrayList<>(files).subList(0, Math.min(files.size(), SideBySide.MAX_MODELS)), note);
		} catch (PartInitException e) {
			throw new ExecutionException("Could not open Side by Side: " + e.getMessage(), e);
		}
		return null;
	}

	private static Path fileOf(IntdModel model) {
		URI uri = model.eResource() == null ? null : model.eResource().getURI();
		return uri != null && uri.isFile() ? Paths.get(uri.toFileString()) : null;
	}
}
