package org.intdesigner.model.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.io.Labels;
import org.intdesigner.model.Element;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Property;
import org.intdesigner.model.TransitionWave;
import org.intdesigner.io.AtomicWrite;

/**
 * Writes a model as a folder of CSV files (see {@link CsvSchema}): every file, with its header,
 * even when empty, so the folder doubles as a template. Rows follow the model's order, nested
 * areas and teams after their parent. Objects are named by the planner's codes where those are unique
 * (see {@link CsvIds}). The files are replaced together, never left half-written; a crash between
 * their renames is finished by the next write or read of the folder (see {@link AtomicWrite#writeAll}).
 */
public final class CsvExporter {

	private CsvExporter() {
	}

	public static void export(IntdModel model, Path folder) throws IOException {
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new IOException(folder + " is a file, not a folder: choose a folder to export the CSV files into.");
		}
		Files.createDirectories(folder);
		Map<EClass, List<EObject>> rows = new HashMap<>();
		rows.computeIfAbsent(model.eClass(), c -> new ArrayList<>()).add(model);
		List<String> outside = new ArrayList<>();
		outsideReferences(model, model, outside);
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			rows.computeIfAbsent(object.eClass(), c -> new ArrayList<>()).add(object);
			outsideReferences(object, model, outside);
		}
		if (!outside.isEmpty()) {
			// a reference the files could not express would be dropped: the export would not give the model back
			throw new IOException("Nothing was exported to " + folder + ": " + outside.size() + " reference(s) point outside"
					+ " the model, which CSV files cannot hold:\n  " + String.join("\n  ", outside.subList(0, Math.min(20,
							outside.size()))) + "\nOpen the model in INT Designer and set them again.");
		}
		// all files are written together: a problem before the last one is in place changes none of them
		CsvIds ids = CsvIds.of(model);
		Map<Path, AtomicWrite.Content> files = new LinkedHashMap<>();
		for (CsvTable table : CsvSchema.TABLES) {
			files.put(folder.resolve(table.file()), tableContent(table, rows.getOrDefault(table.type(), List.of()), ids));
		}
		files.put(folder.resolve(CsvSchema.LINKS_FILE), linksContent(rows, ids));
		AtomicWrite.writeAll(files);
	}

	private static AtomicWrite.Content tableContent(CsvTable table, List<EObject> objects, CsvIds ids) {
		List<Column> columns = new ArrayList<>();
		for (Column column : table.allColumns()) {
			if (table.columns().contains(column) || column instanceof Column.Id || anyWritten(objects, column, ids)) {
				columns.add(column);
			}
		}
		Set<String> propertyKeys = new LinkedHashSet<>();
		for (EObject object : objects) {
			if (object instanceof Element element) {
				element.getProperties().forEach(p -> propertyKeys.add(p.getKey()));
			}
		}
		List<String> header = new ArrayList<>(columns.stream().map(Column::header).toList());
		header.addAll(propertyKeys);
		List<List<String>> records = new ArrayList<>();
		for (EObject object : objects) {
			List<String> cells = new ArrayList<>();
			for (Column column : columns) {
				cells.add(cell(object, column, ids));
			}
			for (String key : propertyKeys) {
				cells.add(propertyValue((Element) object, key));
			}
			records.add(cells);
		}
		return CsvFiles.content(header, records);
	}

	/** The references of {@code object} to objects that are not in {@code model} (unresolved or detached), described. */
	private static void outsideReferences(EObject object, IntdModel model, List<String> found) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()
					|| !object.eIsSet(reference)) {
				continue;
			}
			Object value = object.eGet(reference, false);
			for (Object target : value instanceof List<?> list ? list : List.of(value)) {
				EObject referred = (EObject) target;
				if (referred.eIsProxy() || EcoreUtil.getRootContainer(referred) != model) {
					found.add(Labels.describe(object) + ": its " + reference.getName() + " refers to "
							+ (referred.eIsProxy() ? ((InternalEObject) referred).eProxyURI() : "an element not in the model"));
				}
			}
		}
	}

	/** An optional column is written when one of its cells would not be empty. */
	private static boolean anyWritten(List<EObject> objects, Column column, CsvIds ids) {
		return (column instanceof Column.Attr || column instanceof Column.PermanentId)
				&& objects.stream().anyMatch(o -> !cell(o, column, ids).isEmpty());
	}

	private static String cell(EObject object, Column column, CsvIds ids) {
		return switch (column) {
			case Column.Id id -> ids.idOf(object);
			case Column.PermanentId permanent -> ids.permanentIdOf(object);
			// a code written as the row's id is not written twice
			case Column.Attr attr when attr.attribute() == IntdPackage.Literals.ELEMENT__CODE && ids.byCode(object) -> "";
			// a wave names its elements as the other files do: by code where they are written by code
			case Column.Attr attr when attr.attribute() == IntdPackage.Literals.TRANSITION_WAVE__ELEMENT_IDS -> CellFormat.toText(
					attr.attribute(), ((TransitionWave) object).getElementIds().stream().map(ids::idOfElementId).toList());
			case Column.Attr attr -> attr.attribute().isUnsettable() && !object.eIsSet(attr.attribute()) ? ""
					: CellFormat.toText(attr.attribute(), object.eGet(attr.attribute()));
			case Column.Ref ref -> ids.idOf((EObject) object.eGet(ref.reference()));
			case Column.Owner owner -> object.eContainer() instanceof IntdModel ? "" : ids.idOf(object.eContainer());
		};
	}

	private static String propertyValue(Element element, String key) {
		for (Property property : element.getProperties()) {
			if (key.equals(property.getKey())) {
				return property.getValue() == null ? "" : property.getValue();
			}
		}
		return "";
	}

	private static AtomicWrite.Content linksContent(Map<EClass, List<EObject>> rows, CsvIds ids) {
		List<List<String>> records = new ArrayList<>();
		for (CsvSchema.Link link : CsvSchema.LINKS) {
			for (EObject owner : rows.getOrDefault(link.reference().getEContainingClass(), List.of())) {
				for (Object target : (List<?>) owner.eGet(link.reference())) {
					records.add(List.of(ids.idOf(owner), link.relation(), ids.idOf((EObject) target)));
				}
			}
		}
		return CsvFiles.content(CsvSchema.LINK_HEADERS, records);
	}
}
