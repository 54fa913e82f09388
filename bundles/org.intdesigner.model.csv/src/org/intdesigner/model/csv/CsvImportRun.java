package org.intdesigner.model.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.io.CsvErrors;
import org.intdesigner.io.CsvQuotes;
import org.intdesigner.io.Utf8Position;
import org.intdesigner.io.SpreadsheetText;
import org.intdesigner.io.XmlText;
import org.intdesigner.model.Element;
import org.intdesigner.model.Identified;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Property;
import org.intdesigner.model.TransitionWave;
import org.intdesigner.model.io.ModelFiles;

/**
 * One import: first every row of every file becomes an object with its values and its id
 * registered, then owners and references are resolved against all ids. Problems are collected,
 * never thrown one at a time.
 */
final class CsvImportRun {

	/** A row read in the first pass, resolved in the second. */
	private record Row(CsvTable table, EObject object, Map<String, String> cells, long line) {
	}

	private final Path folder;
	private final IntdModel model = IntdFactory.eINSTANCE.createIntdModel();
	private final List<CsvProblem> problems = new ArrayList<>();
	private final Map<String, EObject> index = new HashMap<>();
	private final Map<String, String> definedAt = new HashMap<>();
	private final Map<String, Integer> derivedIds = new HashMap<>();
	private final List<Row> rows = new ArrayList<>();
	private final Map<EObject, EObject> owners = new HashMap<>();
	/** Files not read (a missing column, not CSV): references to what they hold are not reported again. */
	private final java.util.Set<String> unread = new java.util.HashSet<>();

	CsvImportRun(Path folder) {
		this.folder = folder;
	}

	CsvBundle run() throws CsvImportException {
		for (CsvTable table : CsvSchema.TABLES) {
			read(table.file(), table.allColumns().stream().map(Column::header).toList(),
					table.requiredHeaders(), (cells, line, extra) -> readRow(table, cells, line, extra));
		}
		List<Map<String, String>> links = new ArrayList<>();
		List<Long> linkLines = new ArrayList<>();
		read(CsvSchema.LINKS_FILE, CsvSchema.LINK_HEADERS, CsvSchema.LINK_HEADERS, (cells, line, extra) -> {
			links.add(cells);
			linkLines.add(line);
		});
		List<Runnable> placements = new ArrayList<>();
		for (Row row : rows) {
			resolve(row, placements);
		}
		List<Runnable> linkings = new ArrayList<>();
		for (int i = 0; i < links.size(); i++) {
			resolveLink(links.get(i), linkLines.get(i), linkings);
		}
		findOwnerCycles();
		if (!problems.isEmpty()) {
			throw new CsvImportException(folder, problems);
		}
		placements.forEach(Runnable::run);
		linkings.forEach(Runnable::run);
		elementIdsOfWaves();
		model.setFormatVersion(ModelFiles.FORMAT_VERSION);
		if (model.getId() == null) {
			model.setId(derivedId("model"));
		}
		Map<EObject, CsvRow> origins = new IdentityHashMap<>();
		rows.forEach(row -> origins.put(row.object(), new CsvRow(row.table().file(), row.line())));
		return new CsvBundle(model, Collections.unmodifiableMap(origins));
	}

	/**
	 * A wave naming an element by its id in these files (a code) keeps the element's permanent id; an id no row has is
	 * kept as written (the element may be one the scenario removed).
	 */
	private void elementIdsOfWaves() {
		for (Row row : rows) {
			if (row.object() instanceof TransitionWave wave) {
				List<String> ids = wave.getElementIds().stream()
						.map(id -> index.get(id) instanceof Identified named ? named.getId() : id).distinct().toList();
				wave.getElementIds().clear();
				wave.getElementIds().addAll(ids);
			}
		}
	}

	private interface RowReader {
		void row(Map<String, String> cells, long line, Map<String, String> extra);
	}

	/** Reads one file if it exists: checks the required columns, then hands each row over. */
	private void read(String file, List<String> known, List<String> required, RowReader reader) {
		Path path = folder.resolve(file);
		if (!Files.exists(path)) {
			return;
		}
		String unreadable = CsvFileShape.problem(path, required);
		if (unreadable != null) {
			unread.add(file);
			problems.add(new CsvProblem(file, 0, "", unreadable));
			return;
		}
		try (Reader in = CsvFiles.open(path); CSVParser parser = CsvFiles.READ.parse(in)) {
			Map<String, String> headers = new LinkedHashMap<>(); // header as written -> known column or null
			for (String header : parser.getHeaderNames()) {
				String normal = SpreadsheetText.fromCell(header).trim().toLowerCase(Locale.ROOT);
				headers.put(header, known.contains(normal) ? normal : null);
				String unsavable = XmlText.problem(header);
				if (unsavable != null) {
					// an unknown column becomes a property named by its header
					problems.add(new CsvProblem(file, 1, "", "a column name holds " + unsavable + ", which a model cannot"
							+ " keep: remove it"));
				}
			}
			List<String> missing = required.stream().filter(r -> !headers.containsValue(r)).toList();
			if (!missing.isEmpty()) {
				unread.add(file);
				problems.add(new CsvProblem(file, 1, String.join(", ", missing), "missing column(s); the first row must"
						+ " name the columns " + String.join(", ", required)));
				return;
			}
			for (CSVRecord record : parser) {
				Map<String, String> cells = new HashMap<>();
				Map<String, String> extra = new LinkedHashMap<>();
				headers.forEach((header, column) -> {
					// read back as written: without the apostrophe that kept a cell from running as a formula
					String value = record.isSet(header) ? SpreadsheetText.fromCell(record.get(header)) : "";
					String unsavable = XmlText.problem(value);
					if (unsavable != null) {
						// the model could not be saved (XML has no way to write it): refused here, with its place
						problems.add(new CsvProblem(file, record.getRecordNumber() + 1, column != null ? column
								: XmlText.problem(header) == null ? header.trim() : "",
								"holds " + unsavable + ", which a model cannot keep: remove it"));
						value = "";
					}
					if (column != null) {
						cells.put(column, value);
					} else if (!value.isBlank()) {
						extra.put(SpreadsheetText.fromCell(header).trim(), value);
					}
				});
				reader.row(cells, record.getRecordNumber() + 1, extra);
			}
		} catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
			unread.add(file);
			if (e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException) {
				Utf8Position.Position at = firstMalformed(path);
				problems.add(new CsvProblem(file, at == null ? 0 : at.line(), "", (at == null ? "" : "column " + at.column()
						+ " holds a byte that is not UTF-8: ") + "the file is not UTF-8 text; save it again as \"CSV UTF-8\""));
				return;
			}
			long opened = unclosedQuoteLine(path);
			problems.add(opened > 0
					? new CsvProblem(file, opened, "", "a quote opens a cell here and is never closed: close it (\"\") or"
							+ " remove it; the file cannot be read past it")
					: new CsvProblem(file, 0, "", "not valid CSV: " + CsvErrors.explain(e) + "; save it again as CSV UTF-8"));
		}
	}

	private static Utf8Position.Position firstMalformed(Path path) {
		try {
			return Utf8Position.firstMalformed(path).orElse(null);
		} catch (IOException e) {
			return null;
		}
	}

	/** The line of the quote {@code path} leaves open, or 0. */
	private static long unclosedQuoteLine(Path path) {
		try (Reader in = CsvFiles.open(path)) {
			return CsvQuotes.unclosedQuoteLine(in, ',').orElse(0);
		} catch (IOException | UncheckedIOException e) {
			return 0;
		}
	}

	private void readRow(CsvTable table, Map<String, String> cells, long line, Map<String, String> extra) {
		boolean root = table.type() == model.eClass();
		if (root && rows.stream().anyMatch(r -> r.object() == model)) {
			problems.add(new CsvProblem(table.file(), line, "", "a bundle describes one model: " + table.file()
					+ " has one row after its header"));
			return;
		}
		EObject object = root ? model : EcoreUtil.create(table.type());
		String file = table.file();
		for (Column column : table.allColumns()) {
			String text = cells.getOrDefault(column.header(), "");
			if (column instanceof Column.Attr attr && !text.isBlank()) {
				try {
					object.eSet(attr.attribute(), CellFormat.fromText(attr.attribute(), text));
				} catch (IllegalArgumentException e) {
					problems.add(new CsvProblem(file, line, column.header(), e.getMessage()));
				}
			}
		}
		checkChoices(table, cells, line);
		assignId(table, (Identified) object, cells, line);
		if (object instanceof Element element) {
			extra.forEach((key, value) -> {
				Property property = IntdFactory.eINSTANCE.createProperty();
				property.setKey(key);
				property.setValue(value);
				element.getProperties().add(property);
			});
		}
		rows.add(new Row(table, object, cells, line));
	}

	/** Exactly one column of each choice filled (a unit time or a rate), partners filled together, the needed ones filled. */
	private void checkChoices(CsvTable table, Map<String, String> cells, long line) {
		for (String header : table.filled()) {
			if (cells.getOrDefault(header, "").isBlank()) {
				problems.add(new CsvProblem(table.file(), line, header, "empty: every row of " + table.file()
						+ " needs its " + header));
			}
		}
		for (List<String> choice : table.oneOf()) {
			List<String> filled = choice.stream().filter(header -> !cells.getOrDefault(header, "").isBlank()).toList();
			if (filled.size() != 1) {
				problems.add(new CsvProblem(table.file(), line, String.join(", ", filled.isEmpty() ? choice : filled),
						(filled.isEmpty() ? "none of " : "more than one of ") + String.join(", ", choice)
								+ " is filled: fill exactly one of them"));
			}
		}
		for (List<String> pair : table.together()) {
			boolean first = !cells.getOrDefault(pair.get(0), "").isBlank();
			boolean second = !cells.getOrDefault(pair.get(1), "").isBlank();
			if (first != second) {
				problems.add(new CsvProblem(table.file(), line, first ? pair.get(1) : pair.get(0), "empty, while "
						+ (first ? pair.get(0) : pair.get(1)) + " is filled: fill both or neither"));
			}
		}
	}

	/** A UUID in the id column is the id; other text is the object's code, the id derived from it. */
	private void assignId(CsvTable table, Identified object, Map<String, String> cells, long line) {
		String value = cells.getOrDefault(CsvTable.ID, "").trim();
		if (value.isEmpty()) {
			if (table.hasSpecifiedId()) {
				problems.add(new CsvProblem(table.file(), line, CsvTable.ID, "no id: every row needs an id that no other row uses"));
			}
			object.setId(derivedId(table.file() + ":" + new java.util.TreeMap<>(cells)));
			return;
		}
		String where = table.file() + " row " + line;
		String earlier = definedAt.putIfAbsent(value, where);
		if (earlier != null) {
			problems.add(new CsvProblem(table.file(), line, CsvTable.ID, "the id '" + value + "' is already used in " + earlier
					+ "; ids must be unique across all the files"));
			return;
		}
		index.put(value, (EObject) object);
		String permanent = cells.getOrDefault(CsvIds.PERMANENT_ID, "").trim();
		if (CsvIds.isUuid(value)) {
			object.setId(value);
			if (!permanent.isEmpty() && !permanent.equalsIgnoreCase(value)) {
				problems.add(new CsvProblem(table.file(), line, CsvIds.PERMANENT_ID, "this row's id is already a permanent id;"
						+ " a permanent_id goes only with an id that is a code: leave it empty"));
			}
			return;
		}
		object.setId(permanentId(table, line, value, permanent, where));
		if (object instanceof Element element && element.getCode() == null) {
			element.setCode(value);
		}
	}

	/** The id of a row whose id column holds a code: its permanent_id when given, else one derived from the code. */
	private String permanentId(CsvTable table, long line, String code, String permanent, String where) {
		if (permanent.isEmpty()) {
			return CsvIds.derivedFromCode(code);
		}
		if (!CsvIds.isUuid(permanent)) {
			problems.add(new CsvProblem(table.file(), line, CsvIds.PERMANENT_ID, "'" + permanent + "' is not a permanent id"
					+ " (a UUID such as 3f2c5e1a-0b7d-4c1e-9a2f-5d6e7f8a9b0c); leave it empty to derive one from the id"));
			return CsvIds.derivedFromCode(code);
		}
		String earlier = definedAt.putIfAbsent(permanent, where);
		if (earlier != null) {
			problems.add(new CsvProblem(table.file(), line, CsvIds.PERMANENT_ID, "the permanent id '" + permanent
					+ "' is already used in " + earlier + "; ids must be unique across all the files"));
		}
		return permanent;
	}

	/** Same content, same id; a repeated row gets a counter so ids stay unique. */
	private String derivedId(String content) {
		int seen = derivedIds.merge(content, 1, Integer::sum);
		String key = "intd:" + content + (seen > 1 ? "#" + seen : "");
		return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
	}

	private void resolve(Row row, List<Runnable> placements) {
		for (Column column : row.table().allColumns()) {
			String text = row.cells().getOrDefault(column.header(), "").trim();
			if (column instanceof Column.Ref ref && !text.isEmpty()) {
				EObject target = lookUp(row, column.header(), text, ref.expected());
				if (target != null && !ref.accepts(target)) {
					problems.add(wrongType(row, column.header(), text, target, ref.expected()));
				} else if (target != null) {
					placements.add(() -> row.object().eSet(ref.reference(), target));
				}
			} else if (column instanceof Column.Owner owner) {
				place(row, owner, text, placements);
			}
		}
		if (row.table().modelList() != null && row.table().columns().stream().noneMatch(Column.Owner.class::isInstance)) {
			placements.add(() -> add(model, row.table().modelList(), row.object()));
		}
	}

	private void place(Row row, Column.Owner owner, String text, List<Runnable> placements) {
		if (text.isEmpty()) {
			if (row.table().modelList() == null) {
				problems.add(new CsvProblem(row.table().file(), row.line(), owner.header(), "empty: give the id of the "
						+ ownerTypes(owner) + " this row belongs to"));
			} else {
				placements.add(() -> add(model, row.table().modelList(), row.object()));
			}
			return;
		}
		EObject target = lookUp(row, owner.header(), text, ownerTypes(owner));
		if (target == null) {
			return;
		}
		EReference containment = owner.containments().stream()
				.filter(c -> c.getEContainingClass().isInstance(target)).findFirst().orElse(null);
		if (containment == null) {
			problems.add(wrongType(row, owner.header(), text, target, ownerTypes(owner)));
			return;
		}
		owners.put(row.object(), target);
		placements.add(() -> add(target, containment, row.object()));
	}

	@SuppressWarnings("unchecked")
	private static void add(EObject owner, EReference list, EObject object) {
		((List<EObject>) owner.eGet(list)).add(object);
	}

	private String ownerTypes(Column.Owner owner) {
		return String.join(" or ", owner.containments().stream().map(c -> c.getEContainingClass().getName()).toList());
	}

	private EObject lookUp(Row row, String column, String id, String expected) {
		EObject target = index.get(id);
		if (target == null && !mayBeInUnreadFile(expected)) {
			problems.add(new CsvProblem(row.table().file(), row.line(), column, "no " + expected + " has the id '" + id + "'"));
		}
		return target;
	}

	/**
	 * True when an element of {@code expected} (a class name, or several joined by "or") could be in a
	 * file that was not read: its problem is reported once, for that file, and not again for every row
	 * that refers into it.
	 */
	private boolean mayBeInUnreadFile(String expected) {
		for (CsvTable table : CsvSchema.TABLES) {
			if (unread.contains(table.file())) {
				for (String name : expected.split(" or ")) {
					EClassifier wanted = table.type().getEPackage().getEClassifier(name);
					if (wanted instanceof EClass type && type.isSuperTypeOf(table.type())) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static CsvProblem wrongType(Row row, String column, String id, EObject target, String expected) {
		return new CsvProblem(row.table().file(), row.line(), column, "'" + id + "' is " + article(target.eClass().getName())
				+ ", but this column needs " + article(expected));
	}

	private static String article(String noun) {
		return ("AEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
	}

	private void resolveLink(Map<String, String> cells, long line, List<Runnable> linkings) {
		String relation = cells.getOrDefault("relation", "").trim();
		CsvSchema.Link link = CsvSchema.LINKS.stream().filter(l -> l.relation().equalsIgnoreCase(relation)).findFirst()
				.orElse(null);
		if (link == null) {
			problems.add(new CsvProblem(CsvSchema.LINKS_FILE, line, "relation", "'" + relation + "' is not one of: "
					+ String.join(", ", CsvSchema.LINKS.stream().map(CsvSchema.Link::relation).toList())));
			return;
		}
		EObject owner = linkEnd(cells, line, "owner_id", link.reference().getEContainingClass().getName());
		EObject target = linkEnd(cells, line, "target_id", link.reference().getEReferenceType().getName());
		if (owner == null || target == null) {
			return;
		}
		if (!link.reference().getEContainingClass().isInstance(owner) || !link.reference().getEReferenceType().isInstance(target)) {
			problems.add(new CsvProblem(CsvSchema.LINKS_FILE, line, "relation", relation + " links a "
					+ link.reference().getEContainingClass().getName() + " to a " + link.reference().getEReferenceType().getName()
					+ ", not a " + owner.eClass().getName() + " to a " + target.eClass().getName()));
			return;
		}
		linkings.add(() -> add(owner, link.reference(), target));
	}

	private EObject linkEnd(Map<String, String> cells, long line, String column, String expected) {
		String id = cells.getOrDefault(column, "").trim();
		EObject found = index.get(id);
		if (found == null && !mayBeInUnreadFile(expected)) {
			problems.add(new CsvProblem(CsvSchema.LINKS_FILE, line, column, "no " + expected + " has the id '" + id + "'"));
		}
		return found;
	}

	/** An area inside itself, a team inside its own sub-team: reported on every row of the loop. */
	private void findOwnerCycles() {
		for (Row row : rows) {
			EObject walker = owners.get(row.object());
			for (int steps = 0; walker != null && steps <= owners.size(); steps++) {
				if (walker == row.object()) {
					problems.add(new CsvProblem(row.table().file(), row.line(), "", "it is inside itself: its parents"
							+ " lead back to it; break the loop"));
					break;
				}
				walker = owners.get(walker);
			}
		}
	}
}
