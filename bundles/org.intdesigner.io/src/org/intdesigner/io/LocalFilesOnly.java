package org.intdesigner.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;

/**
 * The way a resource set reaches files when it reads what someone else may have written (a model
 * e-mailed by a partner): only the files it was told to open. EMF would otherwise follow a reference
 * into another document ({@code href="http://host/x.intd#id"}, {@code href="/etc/x.xml#id"}) or fetch a
 * schema named in the file: a file must never make the program send a request or read another file.
 * Anything else is refused with an IOException that names the address.
 */
public final class LocalFilesOnly extends ExtensibleURIConverterImpl {

	private final Set<URI> allowed = ConcurrentHashMap.newKeySet();

	private LocalFilesOnly() {
	}

	/** The converter of {@code resourceSet}, installed first if it has another. */
	public static LocalFilesOnly of(ResourceSet resourceSet) {
		if (resourceSet.getURIConverter() instanceof LocalFilesOnly converter) {
			return converter;
		}
		LocalFilesOnly converter = new LocalFilesOnly();
		resourceSet.setURIConverter(converter);
		return converter;
	}

	/** Lets the resource set read and write {@code uri} (a local file the user chose). */
	public LocalFilesOnly allow(URI uri) {
		allowed.add(normal(uri));
		return this;
	}

	public boolean isAllowed(URI uri) {
		URI normal = normal(uri);
		return normal.isFile() && allowed.contains(normal);
	}

	private URI normal(URI uri) {
		return normalize(uri.trimFragment());
	}

	private void check(URI uri) throws IOException {
		if (!isAllowed(uri)) {
			throw new RefusedAddressException(uri);
		}
	}

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		check(uri);
		return super.createInputStream(uri, options);
	}

	@Override
	public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
		check(uri);
		return super.createOutputStream(uri, options);
	}

	@Override
	public boolean exists(URI uri, Map<?, ?> options) {
		return isAllowed(uri) && super.exists(uri, options);
	}

	@Override
	public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
		return isAllowed(uri) ? super.getAttributes(uri, options) : Map.of();
	}

	@Override
	public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
		check(uri);
		return super.contentDescription(uri, options);
	}

	@Override
	public void delete(URI uri, Map<?, ?> options) throws IOException {
		check(uri);
		super.delete(uri, options);
	}

	@Override
	public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
		check(uri);
		super.setAttributes(uri, attributes, options);
	}

	/** A read or write of an address the user did not open, refused. */
	public static final class RefusedAddressException extends IOException {

		private static final long serialVersionUID = 1L;
		private final transient URI address;

		RefusedAddressException(URI address) {
			super("refused to read " + address + ": INT Designer reads only the file you open, never another file"
					+ " or the network");
			this.address = address;
		}

		public URI address() {
			return address;
		}
	}

	/** For a resource set that only writes (and reads back) the files it was given. */
	public static URIConverter forFiles(URI... uris) {
		LocalFilesOnly converter = new LocalFilesOnly();
		for (URI uri : uris) {
			converter.allow(uri);
		}
		return converter;
	}
}
