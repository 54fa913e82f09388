package org.intdesigner.diagram.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.intdesigner.diagram.notation.DiagramSet;
import org.intdesigner.diagram.notation.NotationFactory;
import org.intdesigner.diagram.notation.NotationPackage;
import org.intdesigner.diagram.notation.util.NotationResourceFactoryImpl;
import org.intdesigner.io.AtomicWrite;
import org.intdesigner.io.LocalFilesOnly;
import org.intdesigner.io.SecureXml;

/**
 * Reads and writes diagram notation: {@code name.intdiagrams} beside {@code name.intd}. A missing
 * file is an empty set of diagrams; a damaged one is refused with its file, line and column, and is
 * never overwritten by a half-written one (saves go to a temporary file that is renamed over it).
 */
public final class NotationFiles {

	public static final String EXTENSION = "intdiagrams";

	private NotationFiles() {
	}

	/** The notation file that belongs to a semantic model file. */
	public static Path notationFileFor(Path modelFile) {
		String name = modelFile.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return modelFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "." + EXTENSION);
	}

	/** Loads {@code file} into {@code resourceSet}, or makes an empty diagram set when it does not exist yet. */
	public static Resource load(ResourceSet resourceSet, Path file) throws IOException {
		resourceSet.getPackageRegistry().put(NotationPackage.eNS_URI, NotationPackage.eINSTANCE);
		URI uri = URI.createFileURI(file.toAbsolutePath().toString());
		// a diagram file may come from elsewhere too: it reads no other file and nothing from the network
		LocalFilesOnly.of(resourceSet).allow(uri);
		AtomicWrite.clearLeftovers(file);
		Resource resource = new NotationResourceFactoryImpl().createResource(uri);
		resourceSet.getResources().add(resource);
		if (!Files.exists(file)) {
			resource.getContents().add(NotationFactory.eINSTANCE.createDiagramSet());
			return resource;
		}
		try {
			resource.load(loadOptions());
		} catch (IOException | RuntimeException e) {
			resourceSet.getResources().remove(resource);
			throw new IOException(file + " is not a readable diagram file: " + describe(e).replaceAll("\\.+$", "")
					+ ". Move it aside to start the diagrams afresh; the model itself is not affected.", e);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof DiagramSet set)) {
			resourceSet.getResources().remove(resource);
			throw new IOException(file + " holds no diagrams. Move it aside to start the diagrams afresh.");
		}
		if (set.getFormatVersion() != null && !set.getFormatVersion().startsWith("1.")) {
			resourceSet.getResources().remove(resource);
			throw new IOException(file + " was written by a newer INT Designer (diagram format " + set.getFormatVersion()
					+ "). Open it with that version.");
		}
		return resource;
	}

	private static String describe(Exception e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		if (cause instanceof org.xml.sax.SAXParseException parse) {
			return "line " + parse.getLineNumber() + ", column " + parse.getColumnNumber() + ": " + parse.getMessage();
		}
		return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
	}

	private static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_PARSER_FEATURES, SecureXml.parserFeatures());
		return options;
	}

	/**
	 * Replaces {@code file} with {@code bytes} whole or not at all, keeping its mode (diagram exports
	 * use it too); see {@link AtomicWrite}.
	 */
	public static void replace(Path file, byte[] bytes) throws IOException {
		AtomicWrite.write(file, out -> out.write(bytes));
	}

	/**
	 * Writes the notation to {@code file}, whole or not at all, and makes it the notation's file from
	 * then on (Save As).
	 */
	public static void saveAs(Resource resource, Path file) throws IOException {
		save(resource, file);
		URI uri = URI.createFileURI(file.toAbsolutePath().toString());
		if (resource.getResourceSet() != null) {
			LocalFilesOnly.of(resource.getResourceSet()).allow(uri);
		}
		resource.setURI(uri);
	}

	/** Writes the notation whole or not at all. */
	public static void save(Resource resource, Path file) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 120));
		replace(file, bytes.toByteArray());
		resource.setModified(false);
	}
}
