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
 * the first {@code required} columns must be in a file; the others may be left out. A row must fill exactly one
 * column of each of {@code oneOf}'s groups (a unit time or a rate), and a column of {@code together} filled
 * needs its partner filled (hours need their period), and a row must fill every column of {@code filled} (a course
 * names its capability and level).
 */
record CsvTable(String file, EClass type, List<Column> columns, EReference modelList, int required, List<List<String>> oneOf,
		List<List<String>> together, List<String> filled) {

	CsvTable(String file, EClass type, List<Column> columns, EReference modelList, int required) {
		this(file, type, columns, modelList, required, List.of(), List.of(), List.of());
	}

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
	CsvTable requiring(int count) {
		return new CsvTable(file, type, columns, modelList, count, oneOf, together, filled);
	}

	/** The same table, its rows filling exactly one of {@code headers}. */
	CsvTable exactlyOneOf(String... headers) {
		List<List<String>> more = new ArrayList<>(oneOf);
		more.add(List.of(headers));
		return new CsvTable(file, type, columns, modelList, required, more, together, filled);
	}

	/** The same table, a row filling {@code header} filling {@code partner} too, and the other way round. */
	CsvTable bothOrNeither(String header, String partner) {
		List<List<String>> more = new ArrayList<>(together);
		more.add(List.of(header, partner));
		return new CsvTable(file, type, columns, modelList, required, oneOf, more, filled);
	}

	/** The same table, its rows filling every one of {@code headers}. */
	CsvTable filling(String... headers) {
		List<String> more = new ArrayList<>(filled);
		more.addAll(List.of(headers));
		return new CsvTable(file, type, columns, modelList, required, oneOf, together, more);
	}

	boolean isElement() {
		return IntdPackage.Literals.ELEMENT.isSuperTypeOf(type);
	}

	/** True when the specified columns include an id (its rows can be referred to by other files). */
	boolean hasSpecifiedId() {
		return columns.stream().anyMatch(Column.Id.class::isInstance);
	}
}
