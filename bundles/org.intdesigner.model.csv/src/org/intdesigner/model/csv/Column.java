package org.intdesigner.model.csv;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

/** One column of a CSV table and what it means for the row's object. */
sealed interface Column {

	String header();

	/** The row's identifier: a UUID becomes the object's id, anything else its code. */
	record Id(String header) implements Column {
	}

	/**
	 * The permanent id (a UUID) of a row whose id column holds its code, when importing the code would
	 * not give that id back (see {@link CsvIds}).
	 */
	record PermanentId(String header) implements Column {
	}

	/** A value of the object (text, number, yes/no, kind). */
	record Attr(String header, EAttribute attribute) implements Column {
	}

	/**
	 * The id of another object the row's object refers to; {@code accepted} narrows a reference to a general type
	 * (a unit that is an Element) to the kinds that make sense (a Team or an Area); empty: any of its type.
	 */
	record Ref(String header, EReference reference, List<EClass> accepted) implements Column {

		Ref(String header, EReference reference) {
			this(header, reference, List.of());
		}

		/** What the column needs, in words: "Role", "Team or Area". */
		String expected() {
			return accepted.isEmpty() ? reference.getEReferenceType().getName()
					: String.join(" or ", accepted.stream().map(EClass::getName).toList());
		}

		boolean accepts(org.eclipse.emf.ecore.EObject target) {
			return accepted.isEmpty() ? reference.getEReferenceType().isInstance(target)
					: accepted.stream().anyMatch(type -> type.isInstance(target));
		}
	}

	/**
	 * The id of the object that holds the row's object; which list it goes in depends on the
	 * owner's type. Empty means the model itself, when the table allows that.
	 */
	record Owner(String header, List<EReference> containments) implements Column {
	}
}
