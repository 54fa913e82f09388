package org.intdesigner.reports.engine;

import java.util.Set;
import java.util.function.Supplier;

import org.intdesigner.reports.Audience;
import org.intdesigner.reports.ReportSection;

/**
 * A section as contributed: its id, title, place in the order, the templates it joins, who
 * contributed it, and how to make it.
 */
public record SectionDescriptor(String id, String title, int order, Set<Audience> templates, String description,
		String contributor, Supplier<ReportSection> factory) {

	public SectionDescriptor {
		templates = Set.copyOf(templates);
	}

	public boolean joins(Audience audience) {
		return templates.contains(audience);
	}

	/** The id, or its last part ("glance" for "org.intdesigner.reports.glance"), as users may type it. */
	public boolean isNamed(String name) {
		return id.equals(name) || id.endsWith("." + name);
	}
}
