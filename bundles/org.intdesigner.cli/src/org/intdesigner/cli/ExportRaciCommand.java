package org.intdesigner.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.engine.RuleRegistry;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.analysis.engine.ValidationReport;
import org.intdesigner.analysis.engine.Validator;
import org.intdesigner.cli.api.ModelInput;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Team;
import org.intdesigner.model.csv.raci.RaciMatrix;
import org.intdesigner.model.csv.raci.RaciMatrixCsv;
import org.intdesigner.model.csv.raci.RaciMatrixXlsx;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes a model's RACI matrix as CSV (re-importable) or as an Excel workbook with the findings of each item. */
@Command(name = "export-raci", description = "Write the RACI matrix of an .intd model or CSV bundle as .csv or .xlsx.")
final class ExportRaciCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "MODEL", description = "an .intd file or a folder of CSV files")
	Path model;

	@Parameters(index = "1", paramLabel = "OUT", description = "the file to write: .csv or .xlsx")
	Path out;

	@Option(names = "--team", paramLabel = "ID", description = "only the accountability items of this team (its id or code)")
	String team;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		IntdModel read = ModelInput.read(model);
		Predicate<AccountabilityItem> rows = item -> true;
		if (team != null) {
			Team chosen = findTeam(read, team);
			if (chosen == null) {
				spec.commandLine().getErr().printf("%s has no team with id or code '%s'.%n", model, team);
				return IntdCommand.BAD_INPUT;
			}
			rows = item -> item.getTeam() == chosen;
		}
		RaciMatrix matrix = RaciMatrix.of(read, rows);
		String name = out.getFileName().toString().toLowerCase();
		if (name.endsWith(".xlsx")) {
			ValidationReport report = new Validator(RuleRegistry.getDefault().getRules(), RuleSettings.of(Map.of())).validate(read);
			Map<EObject, List<Finding>> findings = report.activeByElement();
			RaciMatrixXlsx.export(matrix, item -> findings.getOrDefault(item, List.of()).stream().map(Finding::message).toList(), out)
					.forEach(note -> spec.commandLine().getErr().println("Warning: " + note));
		} else if (name.endsWith(".csv")) {
			RaciMatrixCsv.export(matrix, out);
		} else {
			spec.commandLine().getErr().printf("%s: write the matrix to a .csv or an .xlsx file.%n", out);
			return IntdCommand.BAD_INPUT;
		}
		spec.commandLine().getOut().printf("%s: %d accountability item(s) by %d part%s%n", out, matrix.rows().size(),
				matrix.columns().size(), matrix.columns().size() == 1 ? "y" : "ies");
		return IntdCommand.OK;
	}

	private static Team findTeam(IntdModel model, String key) {
		for (var contents = model.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Team candidate && (key.equals(candidate.getId()) || key.equals(candidate.getCode()))) {
				return candidate;
			}
		}
		return null;
	}
}
