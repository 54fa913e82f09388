package org.intdesigner.ui.raci;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.Team;
import org.intdesigner.ui.model.CommandSelection;

/**
 * Opens the RACI matrix of the selected object: a team's own items for a team, every item of the
 * model otherwise (with the cursor on the item when an item or one of its assignments is selected).
 */
public final class OpenRaciMatrixHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(CommandSelection.single(event) instanceof EObject element)) {
			return null;
		}
		Path file = fileOf(element);
		if (file == null) {
			throw new ExecutionException("The selected object is not part of a model file; save the model first.");
		}
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		try {
			open(page, file, element);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}

	/** Opens (or brings forward) the matrix fitting {@code element} of the model in {@code file}. */
	public static RaciMatrixEditor open(IWorkbenchPage page, Path file, EObject element) throws PartInitException {
		RaciMatrixEditorInput input = element instanceof Team team
				? new RaciMatrixEditorInput(file, team.getId(), team.getName())
				: new RaciMatrixEditorInput(file, null, null);
		RaciMatrixEditor editor = (RaciMatrixEditor) page.openEditor(input, RaciMatrixEditor.ID);
		AccountabilityItem item = element instanceof AccountabilityItem i ? i
				: element instanceof RaciAssignment a && a.eContainer() instanceof AccountabilityItem i ? i : null;
		if (item != null) {
			editor.select(item, element instanceof RaciAssignment a ? a.getParty() : null);
		}
		return editor;
	}

	private static Path fileOf(EObject element) {
		URI uri = element.eResource() == null ? null : element.eResource().getURI();
		return uri != null && uri.isFile() ? Paths.get(uri.toFileString()) : null;
	}
}
