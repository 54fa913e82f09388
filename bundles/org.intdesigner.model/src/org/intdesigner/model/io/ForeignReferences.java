package org.intdesigner.model.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.intdesigner.io.XmlAttributeLines;

/**
 * The refusal of a model that refers into other files or to network addresses ({@code href}s): each
 * such reference named by its element, its line in the file and the address. Such a file is not
 * opened at all, so nothing can follow those addresses later (validation, export) and reach them.
 */
final class ForeignReferences {

	private ForeignReferences() {
	}

	static ModelLoadException refusal(Path file, List<ModelIntegrity.ForeignReference> references) {
		List<XmlAttributeLines.Occurrence> hrefs = hrefsOf(file);
		URI base = ModelFiles.uriOf(file);
		List<ModelLoadException.Problem> problems = new ArrayList<>();
		for (ModelIntegrity.ForeignReference reference : references) {
			XmlAttributeLines.Occurrence at = null;
			for (XmlAttributeLines.Occurrence href : hrefs) {
				if (href.element().endsWith(reference.reference().getName()) && (reference.target().equals(resolve(href.value(), base))
						|| reference.target().toString().equals(href.value()))) {
					at = href;
					break;
				}
			}
			if (at != null) {
				hrefs.remove(at);
			}
			problems.add(new ModelLoadException.Problem(at == null ? 0 : at.line(), at == null ? 0 : at.column(),
					Labels.describe(reference.owner()) + ": its " + reference.reference().getName() + " refers to "
							+ reference.target() + ", outside this file"));
		}
		return new ModelLoadException(file, "it refers to other files or network addresses, which INT Designer never reads"
				+ " (nothing was fetched), and was not opened. A model holds everything it refers to: remove those"
				+ " references, or ask whoever sent the file for the whole model.", problems, null);
	}

	private static List<XmlAttributeLines.Occurrence> hrefsOf(Path file) {
		try {
			return new ArrayList<>(XmlAttributeLines.find(file, Set.of("href")));
		} catch (IOException e) {
			return new ArrayList<>();
		}
	}

	private static URI resolve(String href, URI base) {
		try {
			URI uri = URI.createURI(href);
			return uri.isRelative() ? uri.resolve(base) : uri;
		} catch (IllegalArgumentException e) {
			return null;
		}
	}
}
