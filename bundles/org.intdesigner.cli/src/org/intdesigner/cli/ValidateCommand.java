package org.intdesigner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.analysis.engine.RuleRegistry;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.analysis.engine.RuleSettingsCheck;
import org.intdesigner.analysis.engine.ValidationReport;
import org.intdesigner.analysis.engine.Validator;
import org.intdesigner.analysis.report.ValidationReportFormat;
import org.intdesigner.analysis.report.RuleCatalog;
import org.intdesigner.cli.api.ModelInput;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Validates a model with the installed rules and writes the report to standard output, for people,
 * scripts or code-review tools. Its exit codes are made for builds, unlike the other commands': 1
 * means "something was found", so input that cannot be read (or anything unexpected) is 2.
 */
@Command(name = "validate", description = "Check an .intd model, or a folder of CSV files, against the validation rules.",
		exitCodeOnExecutionException = ValidateCommand.UNREADABLE, exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:nothing found at or above the --fail-on level", "1:something found at or above it",
				"2:the model, the rules file or the command line could not be read" })
final class ValidateCommand implements Callable<Integer> {

	static final int CLEAN = 0;
	static final int FOUND = 1;
	static final int UNREADABLE = 2;

	@Parameters(index = "0", paramLabel = "MODEL", description = "an .intd file, or a folder of CSV files")
	Path model;

	@Option(names = "--format", paramLabel = "text|json|sarif", defaultValue = "text",
			description = "text (default) for people, json for scripts, sarif (2.1.0) for code-review tools")
	ValidationReportFormat format;

	@Option(names = "--fail-on", paramLabel = "error|warning|info", defaultValue = "error",
			description = "the least serious finding that makes the exit code 1 (default: error); suppressed findings never do")
	Severity failOn;

	@Mixin
	RuleSettingsOptions settings;

	@Spec
	CommandSpec spec;

	private final Supplier<List<Rule>> installedRules;

	ValidateCommand() {
		this(() -> RuleRegistry.getDefault().getRules());
	}

	/** With other rules than the installed ones (tests). */
	ValidateCommand(Supplier<List<Rule>> rules) {
		this.installedRules = rules;
	}

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		List<Rule> rules = installedRules.get();
		Map<String, String> typed = settings.read();
		RuleSettingsCheck.Problems problems = RuleSettingsCheck.check(typed, rules);
		problems.warnings().forEach(warning -> err.println("Warning: " + warning));
		if (problems.hasErrors()) {
			problems.errors().forEach(err::println);
			return UNREADABLE;
		}
		ModelInput.Opened read = ModelInput.open(model);
		ValidationReport report = new Validator(rules, RuleSettings.of(typed)).validate(read.model());
		PrintWriter out = spec.commandLine().getOut();
		out.print(format.write(report, RuleCatalog.of(rules), model.toString(), read.sources()));
		out.flush();
		return report.hasAtLeast(failOn) ? FOUND : CLEAN;
	}
}
