package org.intdesigner.model.csv;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.model.IntdModel;

/**
 * A model read from a folder of CSV files, with the row each of its objects came from, so that what is
 * said about an object (a validation finding, say) can point at the spreadsheet line a planner fixes.
 */
public record CsvBundle(IntdModel model, Map<EObject, CsvRow> rows) {

	/** The row {@code object} was read from, or null (the model itself when model.csv is absent, say). */
	public CsvRow rowOf(EObject object) {
		return rows.get(object);
	}
}
