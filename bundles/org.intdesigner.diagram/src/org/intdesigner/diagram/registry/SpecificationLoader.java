package org.intdesigner.diagram.registry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.intdesigner.diagram.spec.DiagramSpecPackage;
import org.intdesigner.diagram.spec.Viewpoint;
import org.intdesigner.diagram.spec.util.DiagramSpecResourceFactoryImpl;
import org.intdesigner.diagram.validation.SpecificationProblem;
import org.intdesigner.diagram.validation.SpecificationValidator;
import org.xml.sax.SAXParseException;

/**
 * Reads one specification file and validates it. Nothing here knows about the extension
 * registry, so tests load any file they like. Each file gets its own resource set: a broken file
 * cannot leave anything behind that another one would see.
 */
public final class SpecificationLoader {

	private final SpecificationValidator validator;

	public SpecificationLoader(SpecificationValidator validator) {
		this.validator = validator;
	}

	public LoadedSpecification load(SpecificationContribution contribution) {
		return load(contribution.uri(), contribution.file());
	}

	/** The specification at {@code uri}; {@code file} is how problems name it. Never throws. */
	public LoadedSpecification load(URI uri, String file) {
		Resource resource = newResourceSet().createResource(uri);
		try {
			resource.load(null);
		} catch (IOException | RuntimeException e) {
			List<SpecificationProblem> problems = problems(resource.getErrors(), file, true);
			if (problems.isEmpty()) {
				problems = List.of(SpecificationProblem.error(file, "", "cannot be read: " + describe(e)));
			}
			return new LoadedSpecification(file, uri, null, problems);
		}
		List<SpecificationProblem> problems = new ArrayList<>();
		problems.addAll(problems(resource.getErrors(), file, true));
		problems.addAll(problems(resource.getWarnings(), file, false));
		List<EObject> roots = resource.getContents();
		if (roots.size() != 1 || !(roots.get(0) instanceof Viewpoint viewpoint)) {
			problems.add(SpecificationProblem.error(file, "", "should hold one viewpoint, but holds "
					+ roots.stream().map(root -> root.eClass().getName()).toList()));
			return new LoadedSpecification(file, uri, null, problems);
		}
		problems.addAll(validator.validate(viewpoint, file));
		return new LoadedSpecification(file, uri, viewpoint, problems);
	}

	/** A resource set that reads specifications whatever their file extension, with or without OSGi. */
	private static ResourceSet newResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new DiagramSpecResourceFactoryImpl());
		set.getPackageRegistry().put(DiagramSpecPackage.eNS_URI, DiagramSpecPackage.eINSTANCE);
		return set;
	}

	private static List<SpecificationProblem> problems(List<Resource.Diagnostic> diagnostics, String file, boolean errors) {
		return diagnostics.stream().map(d -> {
			String where = d.getLine() > 0 ? "line " + d.getLine() + ", column " + d.getColumn() : "";
			return errors ? SpecificationProblem.error(file, where, messageOf(d))
					: SpecificationProblem.warning(file, where, messageOf(d));
		}).toList();
	}

	/**
	 * The diagnostic's own words: the XML parser's message rather than its wrapper's dump of ids,
	 * and without EMF's trailing {@code (uri, line, column)}, which the problem already says.
	 */
	private static String messageOf(Resource.Diagnostic diagnostic) {
		if (diagnostic instanceof Throwable t && t.getCause() instanceof SAXParseException parse
				&& parse.getMessage() != null) {
			return parse.getMessage();
		}
		return String.valueOf(diagnostic.getMessage()).replaceFirst("\\s*\\([^()]*, -?\\d+, -?\\d+\\)$", "");
	}

	private static String describe(Exception e) {
		Throwable cause = e instanceof Resource.IOWrappedException && e.getCause() != null ? e.getCause() : e;
		return cause.getMessage() == null ? cause.getClass().getSimpleName()
				: cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}
}
