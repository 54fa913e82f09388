package org.intdesigner.reports.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.intdesigner.reports.Audience;
import org.intdesigner.reports.ReportSection;

/**
 * The sections contributed to {@code org.intdesigner.reports.reportSections}, in order. A
 * contribution that is malformed (no id, an unknown template, a bad order) is logged and left out.
 */
public final class SectionRegistry {

	public static final String POINT = "org.intdesigner.reports.reportSections";

	private final List<SectionDescriptor> sections;

	public SectionRegistry(List<SectionDescriptor> sections) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(SectionDescriptor::order)
				.thenComparing(SectionDescriptor::id)).toList();
	}

	/** The sections installed. */
	public static SectionRegistry installed() {
		List<SectionDescriptor> found = new ArrayList<>();
		if (Platform.getExtensionRegistry() == null) {
			return new SectionRegistry(found);
		}
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(POINT)) {
			if (!"section".equals(element.getName())) {
				continue;
			}
			try {
				found.add(descriptor(element));
			} catch (IllegalArgumentException bad) {
				ILog.get().log(Status.warning("Report section of " + element.getContributor().getName() + " left out: "
						+ bad.getMessage()));
			}
		}
		return new SectionRegistry(found);
	}

	private static SectionDescriptor descriptor(IConfigurationElement element) {
		String id = element.getAttribute("id");
		String name = element.getAttribute("name");
		if (id == null || id.isBlank() || name == null || name.isBlank()) {
			throw new IllegalArgumentException("a section needs an id and a name");
		}
		int order;
		try {
			order = element.getAttribute("order") == null ? 500 : Integer.parseInt(element.getAttribute("order").trim());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("section " + id + ": order '" + element.getAttribute("order") + "' is not a whole number");
		}
		Set<Audience> templates = EnumSet.noneOf(Audience.class);
		String listed = element.getAttribute("templates");
		if (listed == null || listed.isBlank()) {
			templates.addAll(EnumSet.allOf(Audience.class));
		} else {
			for (String template : listed.split(",")) {
				templates.add(Audience.parse(template));
			}
		}
		String description = element.getAttribute("description");
		return new SectionDescriptor(id, name, order, templates, description == null ? "" : description,
				element.getContributor().getName(), () -> create(element, id));
	}

	private static ReportSection create(IConfigurationElement element, String id) {
		try {
			return (ReportSection) element.createExecutableExtension("class");
		} catch (CoreException | ClassCastException e) {
			throw new IllegalStateException("The report section " + id + " of " + element.getContributor().getName()
					+ " could not be made: " + e.getMessage(), e);
		}
	}

	/** Every section, in order. */
	public List<SectionDescriptor> all() {
		return sections;
	}

	/** The sections of a template, in order. */
	public List<SectionDescriptor> of(Audience audience) {
		return sections.stream().filter(section -> section.joins(audience)).toList();
	}

	/**
	 * The sections named (ids or their last parts), in the report's order; a name that is no
	 * section is an IllegalArgumentException listing those there are.
	 */
	public List<SectionDescriptor> named(List<String> names) {
		List<SectionDescriptor> chosen = new ArrayList<>();
		for (String name : names) {
			SectionDescriptor found = sections.stream().filter(section -> section.isNamed(name.trim())).findFirst()
					.orElseThrow(() -> new IllegalArgumentException("No report section '" + name.trim() + "'. Sections: "
							+ String.join(", ", sections.stream().map(SectionRegistry::shortId).toList()) + "."));
			if (!chosen.contains(found)) {
				chosen.add(found);
			}
		}
		chosen.sort(Comparator.comparingInt(SectionDescriptor::order).thenComparing(SectionDescriptor::id));
		return chosen;
	}

	/** The last part of a section's id, which users type. */
	public static String shortId(SectionDescriptor section) {
		return section.id().substring(section.id().lastIndexOf('.') + 1);
	}
}
