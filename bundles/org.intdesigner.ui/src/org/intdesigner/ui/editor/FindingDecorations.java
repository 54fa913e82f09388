package org.intdesigner.ui.editor;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.analysis.engine.LatestFindings;
import org.intdesigner.analysis.engine.ModelValidation;
import org.intdesigner.analysis.engine.ValidationReport;

/**
 * Error and warning marks on the icons of a model tree: the element's worst active finding, shown
 * as an overlay in the bottom left corner. When a new report comes in, only the elements whose
 * findings changed are redrawn.
 */
public final class FindingDecorations {

	private final StructuredViewer viewer;
	private final ModelValidation validation;
	private final LocalResourceManager resources;
	private Set<EObject> marked = new HashSet<>();
	private final Consumer<ValidationReport> listener = this::reportChanged;

	public FindingDecorations(StructuredViewer viewer, ModelValidation validation) {
		this.viewer = viewer;
		this.validation = validation;
		this.resources = new LocalResourceManager(JFaceResources.getResources(), viewer.getControl());
		validation.addListener(listener);
		viewer.getControl().addDisposeListener(e -> validation.removeListener(listener));
		if (validation.getReport() != null) {
			marked = elementsOf(validation.getReport());
		}
	}

	/** {@code base} with the overlay of the element's worst finding, or {@code base} when it has none. */
	public Image decorate(Object element, Image base) {
		if (base == null || !(element instanceof EObject object)) {
			return base;
		}
		Severity worst = LatestFindings.worst(object);
		if (worst == null || worst == Severity.INFO) {
			return base;
		}
		ImageDescriptor overlay = PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(
				worst == Severity.ERROR ? ISharedImages.IMG_DEC_FIELD_ERROR : ISharedImages.IMG_DEC_FIELD_WARNING);
		return resources.create(new DecorationOverlayIcon(base, overlay, IDecoration.BOTTOM_LEFT));
	}

	private void reportChanged(ValidationReport report) {
		Set<EObject> now = elementsOf(report);
		Set<EObject> changed = new HashSet<>(now);
		changed.addAll(marked);
		marked = now;
		viewer.getControl().getDisplay().asyncExec(() -> {
			if (!viewer.getControl().isDisposed()) {
				viewer.update(changed.toArray(), null);
			}
		});
	}

	private static Set<EObject> elementsOf(ValidationReport report) {
		Set<EObject> elements = new HashSet<>();
		for (Finding finding : report.active()) {
			if (finding.element() != null) {
				elements.add(finding.element());
			}
		}
		return elements;
	}
}
