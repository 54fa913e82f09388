package org.intdesigner.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.intdesigner.workforce.imports.FileKinds;
import org.intdesigner.workforce.imports.api.FileKind;

/** The kinds of workforce file installed, as import-workforce's help and --kinds show them. */
final class FileKindListing {

	private static final int WIDTH = 100;

	private FileKindListing() {
	}

	/** One line a kind, for the help: its id and name. */
	static String brief(FileKinds kinds) {
		int width = kinds.all().stream().mapToInt(kind -> kind.id().length()).max().orElse(0) + 2;
		List<String> lines = new ArrayList<>();
		for (FileKind kind : kinds.all()) {
			lines.add("  " + pad(kind.id(), width) + kind.name().replace("%", "%%"));
		}
		return String.join("%n", lines);
	}

	/** Each kind with its name, its plug-in, the table it fills and its columns in words. */
	static void print(FileKinds kinds, PrintWriter out) {
		for (FileKind kind : kinds.all()) {
			out.println(kind.id() + "  " + kind.name() + " (into " + kind.target().id() + "; from " + kind.contributor() + ")");
			for (String line : wrap(kind.columns(), WIDTH - 4)) {
				out.println("    " + line);
			}
		}
		for (String problem : kinds.problems()) {
			out.println("Left out: " + problem);
		}
		out.flush();
	}

	private static String pad(String text, int width) {
		return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
	}

	private static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split("\\s+")) {
			if (line.length() > 0 && line.length() + 1 + word.length() > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(line.length() == 0 ? "" : " ").append(word);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}
}
