package org.intdesigner.io.house;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No two classes of the repository share a simple name (issue #21). The check reads the sources of the checkout the
 * build runs in; it lives in this fragment because it is the first headless one the build reaches, so a clash
 * fails the build early, whichever bundle it is in.
 */
class UniqueClassNamesTest {

	@TempDir
	Path temp;

	@Test
	void everyClassOfTheRepositoryHasANameOfItsOwn() {
		Map<String, List<Path>> clashes = ClassNameClashes.in(repository());
		assertTrue(clashes.isEmpty(), () -> ClassNameClashes.describe(clashes));
	}

	@Test
	void aNameGivenTwiceIsReportedWithBothFilesAndBuildOutputIsNotSource() throws IOException {
		write("bundles/org.example.a/src/org/example/a/Table.java");
		write("bundles/org.example.b.tests/src/org/example/b/Table.java");
		write("bundles/org.example.b/src-gen/org/example/b/Row.java");
		write("releng/tool/src/main/java/org/example/tool/Row.java");
		write("bundles/org.example.a/src/org/example/a/Column.java");
		write("bundles/org.example.a/target/classes/org/example/a/Column.java");
		write("bundles/org.example.a/bin/org/example/a/Column.java");
		write("bundles/org.example.a/src/org/example/a/package-info.java");
		write("bundles/org.example.b/src/org/example/b/package-info.java");

		Map<String, List<Path>> clashes = ClassNameClashes.in(temp);

		assertEquals(List.of("Row", "Table"), List.copyOf(clashes.keySet()));
		assertEquals(List.of(Path.of("bundles/org.example.a/src/org/example/a/Table.java"),
				Path.of("bundles/org.example.b.tests/src/org/example/b/Table.java")), clashes.get("Table"));
		String message = ClassNameClashes.describe(clashes);
		assertTrue(message.contains("Table: [bundles/org.example.a/src/org/example/a/Table.java, "
				+ "bundles/org.example.b.tests/src/org/example/b/Table.java]"), message);
		assertTrue(message.contains("rename-class.py"), message);
	}

	private void write(String file) throws IOException {
		Path path = temp.resolve(file);
		Files.createDirectories(path.getParent());
		Files.writeString(path, "class " + path.getFileName().toString().replace(".java", "") + " {}\n");
	}

	/** The checkout: the first folder above the working directory (this fragment's folder) with bundles/ and releng/. */
	private static Path repository() {
		Path start = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
		for (Path folder = start; folder != null; folder = folder.getParent()) {
			if (Files.isRegularFile(folder.resolve("bundles/pom.xml")) && Files.isDirectory(folder.resolve("releng"))) {
				return folder;
			}
		}
		return fail("No checkout of INT Designer (a folder with bundles/pom.xml and releng/) above " + start
				+ ": this test reads the repository's sources; run it from the build (./mvnw verify) in a checkout.");
	}
}
