package org.intdesigner.analysis.report;

import org.eclipse.emf.ecore.EObject;

/**
 * Where the elements of a validated model were read from, when the model came from files with
 * lines, as a folder of CSV files does: reports then point each finding at the file and row a
 * planner fixes, and code-review tools annotate that line.
 */
@FunctionalInterface
public interface ElementSources {

	/** A model file with no lines worth naming (an .intd): no element has a source line. */
	ElementSources NONE = element -> null;

	/** The file (as the user named it) and line {@code element} was read from, or null. */
	SourceLine of(EObject element);

	/** A file and a line in it (1 is the first, the header of a CSV file). */
	record SourceLine(String file, long line) {

		@Override
		public String toString() {
			return file + ":" + line;
		}
	}
}
