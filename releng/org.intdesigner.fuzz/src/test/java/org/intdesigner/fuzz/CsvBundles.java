package org.intdesigner.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.intdesigner.model.csv.CsvSchema;

/**
 * A CSV bundle (a folder of the files of {@link CsvSchema#files()}) as one fuzz input: each file's bytes
 * after a line {@code ==> name.csv <==}, as {@code tail} shows several files. A name that is not one of
 * the bundle's picks one of them by its hash, so that every mutation of a header still makes a file;
 * bytes before the first header line go to posts.csv. A file named twice gets both parts.
 */
final class CsvBundles {

	private static final byte[] OPEN = "==> ".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] CLOSE = " <==".getBytes(StandardCharsets.US_ASCII);
	private static final String FIRST = "posts.csv";

	private CsvBundles() {
	}

	/** Writes the files of {@code data} into {@code folder} (which exists); returns their names and sizes. */
	static Map<String, Integer> unpack(byte[] data, Path folder) throws IOException {
		Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
		String current = FIRST;
		int start = 0;
		while (start <= data.length) {
			int end = start;
			while (end < data.length && data[end] != '\n') {
				end++;
			}
			String header = header(data, start, end);
			if (header != null) {
				current = fileFor(header);
				files.computeIfAbsent(current, name -> new ByteArrayOutputStream());
			} else if (start < data.length) {
				files.computeIfAbsent(current, name -> new ByteArrayOutputStream()).write(data, start,
						Math.min(end + 1, data.length) - start);
			}
			start = end + 1;
		}
		if (files.isEmpty()) {
			files.put(FIRST, new ByteArrayOutputStream());
		}
		Map<String, Integer> sizes = new LinkedHashMap<>();
		for (Map.Entry<String, ByteArrayOutputStream> file : files.entrySet()) {
			Files.write(folder.resolve(file.getKey()), file.getValue().toByteArray());
			sizes.put(file.getKey(), file.getValue().size());
		}
		return sizes;
	}

	/** The files of a bundle folder as one input (the seeds). */
	static byte[] pack(Path folder) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (String name : CsvSchema.files()) {
			Path file = folder.resolve(name);
			if (Files.exists(file)) {
				out.write(OPEN);
				out.write(name.getBytes(StandardCharsets.US_ASCII));
				out.write(CLOSE);
				out.write('\n');
				out.write(Files.readAllBytes(file));
			}
		}
		return out.toByteArray();
	}

	private static String header(byte[] data, int start, int end) {
		int length = end - start;
		if (length < OPEN.length + CLOSE.length || !matches(data, start, OPEN) || !matches(data, end - CLOSE.length, CLOSE)) {
			return null;
		}
		return new String(data, start + OPEN.length, length - OPEN.length - CLOSE.length, StandardCharsets.ISO_8859_1);
	}

	private static boolean matches(byte[] data, int at, byte[] expected) {
		for (int i = 0; i < expected.length; i++) {
			if (data[at + i] != expected[i]) {
				return false;
			}
		}
		return true;
	}

	private static String fileFor(String name) {
		List<String> names = CsvSchema.files();
		return names.contains(name) ? name : names.get(Math.floorMod(name.hashCode(), names.size()));
	}
}
