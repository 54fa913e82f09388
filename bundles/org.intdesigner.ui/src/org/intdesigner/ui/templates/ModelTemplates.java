package org.intdesigner.ui.templates;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;

/** The templates contributed to {@code org.intdesigner.ui.modelTemplates}, in contribution order. */
public final class ModelTemplates {

	public static final String EXTENSION_POINT = "org.intdesigner.ui.modelTemplates";

	/** One contribution; its class is loaded only when a model is made from it. */
	public record Descriptor(String id, String name, String description, IConfigurationElement element) {
		public ModelTemplate create() throws CoreException {
			return (ModelTemplate) element.createExecutableExtension("class");
		}
	}

	private ModelTemplates() {
	}

	/** The template with {@code id}, or null when no bundle contributes it. */
	public static Descriptor find(String id) {
		return all().stream().filter(t -> id.equals(t.id())).findFirst().orElse(null);
	}

	public static List<Descriptor> all() {
		List<Descriptor> result = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			if ("template".equals(element.getName())) {
				result.add(new Descriptor(element.getAttribute("id"), element.getAttribute("name"),
						element.getAttribute("description"), element));
			}
		}
		return result;
	}
}
