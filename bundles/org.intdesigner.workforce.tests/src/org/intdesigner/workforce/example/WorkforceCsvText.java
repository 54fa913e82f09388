package org.intdesigner.workforce.example;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Generated data as the text of its CSV files, to compare two generations. */
final class WorkforceCsvText {

	private WorkforceCsvText() {
	}

	static String of(SyntheticWorkforce.Data data) {
		try {
			Path folder = Files.createTempDirectory("intd-example");
			WorkforceCsv.write(data, folder);
			StringBuilder text = new StringBuilder();
			for (String name : ExampleWorkforceData.FILES) {
				text.append(Files.readString(folder.resolve(name)));
				Files.delete(folder.resolve(name));
			}
			Files.delete(folder);
			return text.toString();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
