package org.intdesigner.model.csv;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.io.IsoDates;
import org.intdesigner.model.io.Quantities;

/**
 * Cell text for attribute values and back: numbers with a decimal point, booleans as true/false,
 * kinds as their literal (read in any case, with spaces for underscores; proficiency levels also as 1 to 4), lists
 * separated by semicolons, dates as yyyy-mm-dd.
 * What cannot be read is refused with a sentence that says what would be valid.
 */
final class CellFormat {

	/** Between the items of a list in one cell, as in a planner's spreadsheet: "docklands-mhp; docklands-cpn". */
	static final String LIST_SEPARATOR = ";";

	private CellFormat() {
	}

	static String toText(EAttribute attribute, Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof EEnumLiteral literal) {
			return literal.getLiteral();
		}
		if (value instanceof org.eclipse.emf.common.util.Enumerator enumerator) {
			return enumerator.getLiteral();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).collect(Collectors.joining(LIST_SEPARATOR + " "));
		}
		if (value instanceof Double d) {
			return d == Math.rint(d) && !d.isInfinite() ? String.valueOf(d.longValue()) : String.valueOf(d);
		}
		return String.valueOf(value);
	}

	/** The value of {@code text}; blank text is null (leave the default). */
	static Object fromText(EAttribute attribute, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.trim();
		if (attribute.isMany()) {
			return list(value);
		}
		EDataType type = attribute.getEAttributeType();
		if (type instanceof EEnum enumeration) {
			return literal(enumeration, value);
		}
		Class<?> c = type.getInstanceClass();
		if (c == String.class) {
			if (IsoDates.isDate(attribute)) {
				String problem = IsoDates.problem(value);
				if (problem != null) {
					throw new IllegalArgumentException(problem);
				}
				return value;
			}
			return text;
		}
		if (c == boolean.class || c == Boolean.class) {
			if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
				return Boolean.valueOf(value.toLowerCase(Locale.ROOT));
			}
			throw new IllegalArgumentException("'" + value + "' is not true or false");
		}
		try {
			if (c == int.class || c == Integer.class) {
				return (int) notNegative(attribute, Integer.parseInt(value.replace(",", "")), value);
			}
			if (c == double.class || c == Double.class) {
				double number = Double.parseDouble(value);
				if (Double.isNaN(number) || Double.isInfinite(number)) {
					throw new NumberFormatException();
				}
				return notNegative(attribute, number, value);
			}
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("'" + value + "' is not a " + (c == int.class || c == Integer.class
					? "whole number" : "number (use a point for decimals, e.g. 0.8)"));
		}
		throw new IllegalArgumentException("values of type " + type.getName() + " cannot be read from CSV");
	}

	/** A list in one cell (a wave's element ids): its items separated by {@value #LIST_SEPARATOR}, none empty. */
	private static List<String> list(String text) {
		List<String> items = new java.util.ArrayList<>();
		for (String item : text.split(LIST_SEPARATOR, -1)) {
			if (item.isBlank()) {
				throw new IllegalArgumentException("an empty item in '" + text + "': separate the ids with '" + LIST_SEPARATOR
						+ "' and leave no item empty (a ';' at the end or two together)");
			}
			items.add(item.trim());
		}
		return items;
	}

	/** An FTE, a population, hours: counts that a negative number makes meaningless are refused. */
	private static double notNegative(EAttribute attribute, double number, String text) {
		if (number < 1 && Quantities.mustBeAtLeastOne(attribute)) {
			throw new IllegalArgumentException("'" + text + "' asks for nobody; a requirement is for 1 person or more"
					+ " (2 where a rota needs cover)");
		}
		if (Quantities.isPercentage(attribute) && (number < 0 || number > 100)) {
			throw new IllegalArgumentException("'" + text + "' is not a rate: give 0 to 100 (a percentage, without the % sign)");
		}
		if (number < 0 && Quantities.cannotBeNegative(attribute)) {
			throw new IllegalArgumentException("'" + text + "' is negative; " + (attribute.getName().equals("fte")
					? "an FTE is 0 or more (1 is full time)" : "it counts something, so it is 0 or more"));
		}
		return number;
	}

	private static Object literal(EEnum enumeration, String text) {
		String wanted = text.replace(' ', '_').replace('-', '_');
		for (EEnumLiteral literal : enumeration.getELiterals()) {
			if (literal.getLiteral().equalsIgnoreCase(wanted) || literal.getName().equalsIgnoreCase(wanted)) {
				return literal.getInstance();
			}
		}
		if (enumeration == IntdPackage.Literals.PROFICIENCY_LEVEL) {
			return proficiency(enumeration, text);
		}
		throw new IllegalArgumentException("'" + text + "' is not one of: " + enumeration.getELiterals().stream()
				.map(EEnumLiteral::getLiteral).collect(Collectors.joining(", ")));
	}

	/** A level of the proficiency scale, also by its number (1 awareness .. 4 expert), as planners often write it. */
	private static Object proficiency(EEnum scale, String text) {
		EEnumLiteral byNumber = null;
		if (text.matches("\\d{1,9}")) {
			byNumber = scale.getEEnumLiteral(Integer.parseInt(text));
		}
		if (byNumber != null) {
			return byNumber.getInstance();
		}
		List<EEnumLiteral> levels = scale.getELiterals();
		throw new IllegalArgumentException("'" + text + "' is outside the proficiency scale: give one of " + levels.stream()
				.map(l -> l.getValue() + " " + l.getLiteral()).collect(Collectors.joining(", ")));
	}
}
