package org.intdesigner.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.intdesigner.analysis.engine.RuleSettings;

import picocli.CommandLine.Option;

/**
 * The options that change the rules for one run: a properties file of settings ({@code --rules})
 * and single settings ({@code --set}), which win over the file. The keys are those of
 * {@link RuleSettings}, so a file exported from the preferences works here too.
 */
final class RuleSettingsOptions {

	@Option(names = "--rules", paramLabel = "FILE", description = "a properties file of rule settings (the same keys as --set)")
	Path file;

	@Option(names = "--set", paramLabel = "KEY=VALUE", description = "one rule setting, repeatable: SPAN-001.max=20,"
			+ " ACC-003.enabled=false, SPAN-001.severity=error")
	Map<String, String> values = new LinkedHashMap<>();

	/** The settings as typed: the file's, then --set's over them. */
	Map<String, String> read() throws IOException {
		Map<String, String> settings = new LinkedHashMap<>();
		if (file != null) {
			Properties properties = new Properties();
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				properties.load(reader);
			} catch (NoSuchFileException e) {
				throw new IOException(file + ": the rules file does not exist.", e);
			} catch (IOException | IllegalArgumentException e) {
				throw new IOException(file + ": the rules file could not be read (" + e.getMessage() + ").", e);
			}
			properties.stringPropertyNames().stream().sorted().forEach(key -> settings.put(key, properties.getProperty(key)));
		}
		settings.putAll(values);
		return settings;
	}
}
