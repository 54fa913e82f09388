package org.intdesigner.diagram.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.render.DiagramGeometry;

/**
 * The diagram's selection as the workbench sees it: the semantic elements of the selected views,
 * so the Properties view and the Model Explorer show what is selected in the diagram. Setting a
 * selection of elements selects their views.
 */
final class DiagramSelectionProvider implements ISelectionProvider {

	private final DiagramCanvas canvas;
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

	DiagramSelectionProvider(DiagramCanvas canvas) {
		this.canvas = canvas;
		canvas.addSelectionListener(this::fire);
	}

	private void fire() {
		SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public IStructuredSelection getSelection() {
		Set<EObject> elements = new LinkedHashSet<>();
		for (Object view : canvas.getSelection()) {
			EObject element = canvas.getDiagram().elementOf(view);
			if (element != null) {
				elements.add(element);
			}
		}
		if (elements.isEmpty() && canvas.getSelection().isEmpty()) {
			elements.add(canvas.getDiagram().getRoot());
		}
		return new StructuredSelection(new ArrayList<>(elements));
	}

	@Override
	public void setSelection(ISelection selection) {
		if (!(selection instanceof IStructuredSelection structured)) {
			return;
		}
		List<Object> views = new ArrayList<>();
		DiagramGeometry geometry = canvas.getGeometry();
		for (Object element : structured.toList()) {
			if (element instanceof EObject object) {
				for (NodeView view : canvas.getDiagram().viewsOf(object)) {
					if (geometry.isShown(view)) {
						views.add(view);
					}
				}
			}
		}
		canvas.select(views);
		if (!views.isEmpty()) {
			canvas.reveal(geometry.box((NodeView) views.get(0)));
		}
	}
}
