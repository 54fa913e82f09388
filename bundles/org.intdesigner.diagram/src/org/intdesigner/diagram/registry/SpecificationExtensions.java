package org.intdesigner.diagram.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.intdesigner.diagram.validation.SpecificationProblem;

/**
 * What bundles contribute to {@value #EXTENSION_POINT}: specification files, and services that
 * expressions call by name. Services are created here, once, when the registry is first read.
 */
public final class SpecificationExtensions {

	public static final String EXTENSION_POINT = "org.intdesigner.diagram.specifications";

	/** Everything contributed, and what was wrong with the contributions themselves. */
	public record Contributions(List<SpecificationContribution> specifications, Map<String, Object> services,
			List<SpecificationProblem> problems) {
	}

	private SpecificationExtensions() {
	}

	public static Contributions read(IExtensionRegistry registry) {
		List<SpecificationContribution> specifications = new ArrayList<>();
		Map<String, Object> services = new LinkedHashMap<>();
		List<SpecificationProblem> problems = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String bundle = bundleOf(element.getContributor());
			switch (element.getName()) {
			case "specification" -> {
				String file = element.getAttribute("file");
				if (file == null || file.isBlank()) {
					problems.add(SpecificationProblem.error(manifestOf(element.getContributor()), "specification",
							"has no file"));
				} else {
					specifications.add(new SpecificationContribution(bundle, file.strip()));
				}
			}
			case "service" -> addService(element, services, problems);
			default -> problems.add(SpecificationProblem.warning(manifestOf(element.getContributor()),
					element.getName(), "is not an element of " + EXTENSION_POINT));
			}
		}
		return new Contributions(List.copyOf(specifications), Map.copyOf(services), List.copyOf(problems));
	}

	private static void addService(IConfigurationElement element, Map<String, Object> services,
			List<SpecificationProblem> problems) {
		String name = element.getAttribute("name");
		String where = "service '" + name + "'";
		String manifest = manifestOf(element.getContributor());
		if (name == null || name.isBlank()) {
			problems.add(SpecificationProblem.error(manifest, "service", "has no name"));
		} else if (services.containsKey(name)) {
			problems.add(SpecificationProblem.error(manifest, where, "the name is already taken by "
					+ services.get(name).getClass().getName() + ": this one is not used"));
		} else {
			try {
				services.put(name, element.createExecutableExtension("class"));
			} catch (CoreException | RuntimeException e) {
				problems.add(SpecificationProblem.error(manifest, where,
						"class '" + element.getAttribute("class") + "' cannot be created: " + e.getMessage()));
			}
		}
	}

	/**
	 * The bundle the contribution's files are in. For a fragment that is the fragment itself,
	 * whereas {@link IContributor#getName()} gives its host.
	 */
	static String bundleOf(IContributor contributor) {
		return contributor instanceof RegistryContributor registryContributor ? registryContributor.getActualName()
				: contributor.getName();
	}

	private static String manifestOf(IContributor contributor) {
		String bundle = bundleOf(contributor);
		return bundle + (bundle.equals(contributor.getName()) ? "/plugin.xml" : "/fragment.xml");
	}
}
