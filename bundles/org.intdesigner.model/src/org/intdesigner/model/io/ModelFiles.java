package org.intdesigner.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.io.XmlAttributeLines;
import org.intdesigner.io.AtomicWrite;
import org.intdesigner.io.LocalFilesOnly;
import org.intdesigner.io.Utf8Position;
import org.intdesigner.io.XmlText;
import org.intdesigner.model.util.IntdResourceFactoryImpl;
import org.xml.sax.SAXParseException;

/**
 * Opens and saves .intd files. Loading reads that one file and nothing else (no other file, no
 * network), checks the format version and the model's integrity and turns every parser complaint
 * into a message with line and column; saving writes a temporary file beside the target and renames
 * it over the old one (keeping its mode), so a crash mid-save leaves the old file intact.
 */
public final class ModelFiles {

	public static final String EXTENSION = "intd";
	/** The format this version writes; it reads every 1.x. */
	public static final String FORMAT_VERSION = "1.0";
	private static final int FORMAT_MAJOR = 1;
	private static final String NS_URI_PREFIX = "http://www.intdesigner.org/intd/";

	private ModelFiles() {
	}

	/** A resource set that knows .intd files, inside or outside OSGi. */
	public static ResourceSet newResourceSet() {
		return registerIntd(new ResourceSetImpl());
	}

	/**
	 * Teaches {@code resourceSet} (e.g. an editing domain's) to read and write .intd files, and to read
	 * no file but those it opens: a model file must never make the program read another file or reach
	 * the network (see {@link LocalFilesOnly}).
	 */
	public static ResourceSet registerIntd(ResourceSet resourceSet) {
		resourceSet.getPackageRegistry().put(IntdPackage.eNS_URI, IntdPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION,
				new IntdResourceFactoryImpl());
		LocalFilesOnly.of(resourceSet);
		return resourceSet;
	}

	public static Resource createResource(ResourceSet resourceSet, Path file) {
		return resourceSet.createResource(uriOf(file));
	}

	public static URI uriOf(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}

	/** Loads, checks the version, assigns missing ids. The result's model is the file's root. */
	public static LoadedModel load(Path file) throws ModelLoadException {
		return load(newResourceSet(), file);
	}

	/**
	 * As {@link #load(Path)}, into {@code resourceSet}. The partial files a killed save of {@code file}
	 * left behind are removed first; a file that refers into other files or to network addresses is
	 * refused (with the line of each such reference), and nothing of those addresses is ever read.
	 */
	public static LoadedModel load(ResourceSet resourceSet, Path file) throws ModelLoadException {
		AtomicWrite.clearLeftovers(file);
		Resource resource = createResource(resourceSet, file);
		LocalFilesOnly.of(resourceSet).allow(resource.getURI());
		try {
			resource.load(null);
		} catch (IOException e) {
			resourceSet.getResources().remove(resource);
			throw explain(file, e);
		} catch (RuntimeException e) {
			// EMF's XML handler lets some damage through as runtime exceptions (found by fuzzing: a namespace
			// declaration with a '#' part makes it look for an element inside INT Designer's own metamodel)
			resourceSet.getResources().remove(resource);
			throw damaged(file, e);
		}
		List<ModelLoadException.Problem> problems = new ArrayList<>();
		if (!resource.getErrors().isEmpty()) {
			// what EMF calls an unresolved reference is often an id given twice: say that first
			problems.addAll(DuplicateIds.find(file));
		}
		for (Resource.Diagnostic error : resource.getErrors()) {
			problems.add(new ModelLoadException.Problem(error.getLine(), error.getColumn(), DiagnosticText.of(error)));
		}
		if (!problems.isEmpty()) {
			resourceSet.getResources().remove(resource);
			throw new ModelLoadException(file, "the file has " + problems.size()
					+ " error(s) and was not opened; fix them in a text editor or restore a backup.", problems, null);
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof IntdModel model)) {
			resourceSet.getResources().remove(resource);
			throw new ModelLoadException(file, "this is not an INT Designer model (its root element is not an"
					+ " INT model).", List.of(), null);
		}
		checkVersion(file, model);
		ModelIntegrity.Report report = ModelIntegrity.check(model);
		if (!report.foreign().isEmpty()) {
			resourceSet.getResources().remove(resource);
			throw ForeignReferences.refusal(file, report.foreign());
		}
		return new LoadedModel(resource, model, report);
	}

	private static void checkVersion(Path file, IntdModel model) throws ModelLoadException {
		String version = model.isSetFormatVersion() ? model.getFormatVersion() : FORMAT_VERSION;
		int major;
		try {
			major = Integer.parseInt(version.substring(0, version.indexOf('.') < 0 ? version.length() : version.indexOf('.')));
		} catch (NumberFormatException e) {
			throw new ModelLoadException(file, "its format version '" + version + "' is not a version number;"
					+ " expected something like " + FORMAT_VERSION + ".", List.of(), e);
		}
		if (major > FORMAT_MAJOR) {
			throw newerVersion(file, version);
		}
	}

	private static ModelLoadException newerVersion(Path file, String version) {
		return new ModelLoadException(file, "it was written by a newer INT Designer (format " + version
				+ "); this version reads format " + FORMAT_MAJOR + ".x. Update INT Designer to open it.", List.of(), null);
	}

	private static ModelLoadException damaged(Path file, RuntimeException e) {
		List<ModelLoadException.Problem> problems = new ArrayList<>();
		try {
			for (XmlAttributeLines.Occurrence namespace : XmlAttributeLines.namespaces(file)) {
				if (namespace.value().contains("#")) {
					problems.add(new ModelLoadException.Problem(namespace.line(), namespace.column(), "the namespace "
							+ namespace.attribute() + "=\"" + namespace.value() + "\" has a '#' part, which no namespace of an"
							+ " INT Designer model has: INT models declare xmlns:intd=\"" + IntdPackage.eNS_URI + "\""));
				}
			}
		} catch (IOException ignored) {
			// the message below stands alone
		}
		return new ModelLoadException(file, "the file is damaged (" + (problems.isEmpty() ? String.valueOf(e.getMessage())
				: "a namespace declaration") + ") and was not opened; restore a backup, or correct it in a text editor.",
				problems, e);
	}

	private static ModelLoadException explain(Path file, IOException e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof SAXParseException)
				&& !(cause instanceof Resource.Diagnostic)) {
			cause = cause.getCause();
		}
		if (cause instanceof NoSuchFileException || cause instanceof java.io.FileNotFoundException) {
			// FileInputStream says "not found" for a file it may not read, too
			return Files.exists(file)
					? new ModelLoadException(file, "the file exists but could not be read: check that you may read it"
							+ " (its permissions).", List.of(), e)
					: new ModelLoadException(file, "the file does not exist.", List.of(), e);
		}
		if (cause instanceof PackageNotFoundException notFound && notFound.uri() != null
				&& notFound.uri().startsWith(NS_URI_PREFIX)) {
			return newerVersion(file, notFound.uri().substring(NS_URI_PREFIX.length()));
		}
		if (cause instanceof PackageNotFoundException) {
			return new ModelLoadException(file, "this is not an INT Designer model (its elements are of a kind INT Designer"
					+ " does not know) and was not opened.", List.of(), e);
		}
		if (cause instanceof java.io.CharConversionException) {
			// the parser says "Invalid byte 1 of 1-byte UTF-8 sequence" without saying where
			Optional<Utf8Position.Position> at = firstMalformed(file);
			return new ModelLoadException(file, "the file is not UTF-8 text (saved in another encoding, or damaged)"
					+ " and was not opened.", List.of(new ModelLoadException.Problem(at.map(p -> (int) p.line()).orElse(0),
							at.map(p -> (int) p.column()).orElse(0), "this byte is not UTF-8: save the file again as UTF-8,"
									+ " or restore a backup")), e);
		}
		if (cause instanceof SAXParseException sax && String.valueOf(sax.getMessage()).contains("DOCTYPE")) {
			return new ModelLoadException(file, "the file declares a DOCTYPE, which INT Designer models never have (its"
					+ " entities could read other files or grow without end) and was not opened.", List.of(
							new ModelLoadException.Problem(sax.getLineNumber(), sax.getColumnNumber(), "a DOCTYPE declaration")), e);
		}
		if (cause instanceof SAXParseException sax && String.valueOf(sax.getMessage()).contains("maxElementDepth")) {
			return new ModelLoadException(file, "the file nests elements deeper than Java's XML reader allows (teams"
					+ " inside teams a hundred levels down: no INT design does that) and was not opened.", List.of(
							new ModelLoadException.Problem(sax.getLineNumber(), sax.getColumnNumber(), "nested too deep here")), e);
		}
		if (cause instanceof SAXParseException sax) {
			return new ModelLoadException(file, "the file is not well-formed XML (truncated or damaged?) and was not"
					+ " opened.", List.of(new ModelLoadException.Problem(sax.getLineNumber(), sax.getColumnNumber(),
							sax.getMessage())), e);
		}
		if (cause instanceof Resource.Diagnostic diagnostic) {
			List<ModelLoadException.Problem> duplicates = DuplicateIds.find(file);
			if (!duplicates.isEmpty()) {
				// EMF's "Value '...TeamImpl@...' is not legal": a reference found an element of another kind by its id
				return new ModelLoadException(file, "the file gives one id to several elements and was not opened.",
						duplicates, e);
			}
			return new ModelLoadException(file, "the file could not be read and was not opened.", List.of(
					new ModelLoadException.Problem(diagnostic.getLine(), diagnostic.getColumn(), DiagnosticText.of(diagnostic))), e);
		}
		return new ModelLoadException(file, "the file could not be read: " + e.getMessage(), List.of(), e);
	}

	private static Optional<Utf8Position.Position> firstMalformed(Path file) {
		try {
			return Utf8Position.firstMalformed(file);
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	/**
	 * Refuses, before anything is written, text XML has no way to hold (a control character pasted into a
	 * name, say: see {@link XmlText}), naming the element and attribute; EMF's writer would fail with an
	 * unchecked exception halfway through the document.
	 */
	private static void refuseUnsavableText(Resource resource, Path file) throws IOException {
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject object = it.next();
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				if (attribute.isTransient() || attribute.isDerived() || !object.eIsSet(attribute)) {
					continue;
				}
				Object value = object.eGet(attribute);
				for (Object each : value instanceof List<?> list ? list : List.of(value)) {
					String problem = each instanceof String text ? XmlText.problem(text) : null;
					if (problem != null) {
						throw new IOException(file + ": not saved: " + XmlText.printable(Labels.describe(object)) + ": its " + attribute.getName()
								+ " holds " + problem + ", which a model file cannot hold; remove it and save again.");
					}
				}
			}
		}
	}

	/** Saves {@code model}, which is in no resource yet, as a new file (templates, imports, tests). */
	public static Resource saveNew(IntdModel model, Path file) throws IOException {
		Resource resource = createResource(newResourceSet(), file);
		resource.getContents().add(model);
		save(resource, file);
		return resource;
	}

	/**
	 * Saves {@code resource} to {@code file}: ids are completed, the format version is stamped, the
	 * bytes go to a temporary file in the same folder which is forced to disk and then renamed
	 * over {@code file}.
	 */
	public static void save(Resource resource, Path file) throws IOException {
		for (Object root : resource.getContents()) {
			if (root instanceof IntdModel model) {
				model.setFormatVersion(FORMAT_VERSION);
				ModelIds.assignMissing(model);
			}
		}
		refuseUnsavableText(resource, file);
		AtomicWrite.write(file, out -> resource.save(out, null));
		resource.setModified(false);
	}
}
