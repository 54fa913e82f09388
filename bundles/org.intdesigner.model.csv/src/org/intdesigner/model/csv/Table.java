package org.intdesigner.model.csv;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.intdesigner.model.IntdPackage;

/**
 * One CSV file: the class of its rows, its columns in order, and (for rows that may sit directly
 * in the model) the model's list they go in. Element tables also know the optional columns
 * {@code permanent_id}, {@code code} and {@code description}; tables whose specified columns have no id get one. Only
 * the first {@code required} columns must be in a file; the others may be left out.
 */
record Table(String file, EClass type, List<Column> columns, EReference modelList, int required) {

	static final String CODE = "code";
	static final String DESCRIPTION = "description";
	static final String ID = "id";

	/** The specified columns, then the optional ones INT Designer knows. */
	List<Column> allColumns() {
		List<Column> all = new ArrayList<>(columns);
		if (columns.stream().noneMatch(Column.Id.class::isInstance)) {
			all.add(new Column.Id(ID));
		}
		if (isElement()) {
			all.add(new Column.PermanentId(CsvIds.PERMANENT_ID));
			all.add(new Column.Attr(CODE, IntdPackage.Literals.ELEMENT__CODE));
			all.add(new Column.Attr(DESCRIPTION, IntdPackage.Literals.ELEMENT__DESCRIPTION));
		}
		return all;
	}

	/** The headers a file must have: the first {@code required} columns. */
	List<String> requiredHeaders() {
		return columns.subList(0, required).stream().map(Column::header).toList();
	}

	/** The same table with only its first {@code count} columns required. */
	Table requiring(int count) {
		return new Table(file, type, columns, modelList, count);
	}

	boolean isElement() {
		return IntdPackage.Literals.ELEMENT.isSuperTypeOf(type);
	}

	/** True when the specified columns include an id (its rows can be referred to by other files). */
	boolean hasSpecifiedId() {
		return columns.stream().anyMatch(Column.Id.class::isInstance);
	}
}
