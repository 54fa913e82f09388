package org.intdesigner.model.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.intdesigner.io.XmlAttributeLines;

/**
 * Ids a damaged file gives to more than one element, with the lines of both. EMF reports such a file
 * as "Unresolved reference": a reference to the id finds an element of the wrong kind. Read only
 * when a load failed.
 */
final class DuplicateIds {

	private DuplicateIds() {
	}

	static List<ModelLoadException.Problem> find(Path file) {
		Map<String, XmlAttributeLines.Occurrence> first = new LinkedHashMap<>();
		List<ModelLoadException.Problem> problems = new ArrayList<>();
		try {
			for (XmlAttributeLines.Occurrence id : XmlAttributeLines.find(file, Set.of("id"))) {
				XmlAttributeLines.Occurrence earlier = first.putIfAbsent(id.value(), id);
				if (earlier != null) {
					problems.add(new ModelLoadException.Problem(id.line(), id.column(), "the id " + id.value()
							+ " is given to two elements, <" + id.element() + "> here and <" + earlier.element() + "> on line "
							+ earlier.line() + ": ids must be unique; give one of them another id (references to it may mean"
							+ " either, so check them)"));
				}
			}
		} catch (IOException e) {
			// the load's own problems are reported anyway
		}
		return problems;
	}
}
