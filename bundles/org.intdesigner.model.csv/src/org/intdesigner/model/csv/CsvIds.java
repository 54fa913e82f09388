package org.intdesigner.model.csv;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.intdesigner.model.Element;
import org.intdesigner.model.Identified;
import org.intdesigner.model.IntdModel;

/**
 * The id each object of a model has in a CSV bundle, in its own id column and in every column and
 * link that refers to it. The rule, so that a planner's spreadsheet comes back as it went in: an
 * element whose code (the planner's own id) no other element of the model shares, and which is not
 * itself written like a UUID, is written by its code; every other object by its permanent id (a UUID).
 * Importing turns a code back into the same permanent id when that id was derived from the code (as an
 * import derives it); when it was not (a model drawn in the workbench, then given codes), the export
 * keeps the permanent id in the column {@value #PERMANENT_ID}, so import gives the same model either way.
 */
final class CsvIds {

	/** The column that keeps a permanent id the code in the id column would not give back. */
	static final String PERMANENT_ID = "permanent_id";

	private final Map<EObject, String> ids = new IdentityHashMap<>();
	private final Map<String, EObject> byPermanentId = new HashMap<>();

	private CsvIds(IntdModel model) {
		Map<String, Integer> uses = new HashMap<>();
		forEach(model, object -> {
			String code = code(object);
			if (code != null) {
				uses.merge(code, 1, Integer::sum);
			}
		});
		forEach(model, object -> {
			String code = code(object);
			if (code != null && uses.get(code) == 1 && !isUuid(code)) {
				ids.put(object, code);
			}
			if (object instanceof Identified identified && identified.getId() != null) {
				byPermanentId.put(identified.getId(), object);
			}
		});
	}

	static CsvIds of(IntdModel model) {
		return new CsvIds(model);
	}

	/** What the bundle calls {@code object}: its code when that is unique, else its permanent id ("" for none). */
	String idOf(EObject object) {
		String code = object == null ? null : ids.get(object);
		if (code != null) {
			return code;
		}
		return object instanceof Identified identified && identified.getId() != null ? identified.getId() : "";
	}

	/**
	 * What the bundle calls the element whose permanent id is {@code id} (its code where it is written by its code, so
	 * that a planner reads a wave's elements by their codes); {@code id} itself for an element not in the model (one a
	 * scenario removed) or whose code could not stand in a list.
	 */
	String idOfElementId(String id) {
		String written = idOf(byPermanentId.get(id));
		return written.isEmpty() || written.contains(CellFormat.LIST_SEPARATOR) ? id : written;
	}

	/** True when {@code object} is written by its code. */
	boolean byCode(EObject object) {
		return ids.containsKey(object);
	}

	/** The permanent id to keep beside the code, or "" when the code gives it back on import. */
	String permanentIdOf(EObject object) {
		String code = ids.get(object);
		String id = ((Identified) object).getId();
		return code == null || id == null || id.equals(derivedFromCode(code)) ? "" : id;
	}

	/** The permanent id an import gives a row whose id column holds {@code code}. */
	static String derivedFromCode(String code) {
		return UUID.nameUUIDFromBytes(("intd:" + code).getBytes(StandardCharsets.UTF_8)).toString();
	}

	static boolean isUuid(String value) {
		try {
			return UUID.fromString(value).toString().equalsIgnoreCase(value);
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** The element's code, when it can stand in an id column as it is (import trims cells). */
	private static String code(EObject object) {
		return object instanceof Element element && element.getCode() != null && !element.getCode().isBlank()
				&& element.getCode().equals(element.getCode().trim()) ? element.getCode() : null;
	}

	private static void forEach(IntdModel model, java.util.function.Consumer<EObject> action) {
		action.accept(model);
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			action.accept(it.next());
		}
	}
}
