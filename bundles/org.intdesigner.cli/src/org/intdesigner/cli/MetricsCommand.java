package org.intdesigner.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.intdesigner.cli.api.ModelInput;
import org.intdesigner.cli.api.WorkforceStoreOptions;
import org.intdesigner.model.IntdModel;
import org.intdesigner.workforce.metrics.Cut;
import org.intdesigner.workforce.metrics.LatestDataMonth;
import org.intdesigner.workforce.metrics.Metric;
import org.intdesigner.workforce.metrics.MetricCatalogue;
import org.intdesigner.workforce.metrics.MetricDefinitions;
import org.intdesigner.workforce.metrics.MetricFormula;
import org.intdesigner.workforce.metrics.MetricQuery;
import org.intdesigner.workforce.metrics.MetricTable;
import org.intdesigner.workforce.metrics.MetricsOutput;
import org.intdesigner.workforce.metrics.Period;
import org.intdesigner.workforce.metrics.SmallNumberSuppression;
import org.intdesigner.workforce.metrics.Target;
import org.intdesigner.workforce.metrics.TeamNeighbourhoods;
import org.intdesigner.workforce.metrics.WorkforceMetrics;
import org.intdesigner.workforce.store.WorkforceStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A workforce metric from the store, broken down as asked, as text, CSV or JSON; small counts suppressed. */
@Command(name = "metrics", description = "Compute a workforce metric (turnover, turnover-fte, vacancy, sickness, stability,"
		+ " engagement, motivation, involvement, advocacy, headcount, fte; from the survey's further questions satisfaction,"
		+ " improvement, productivity, alignment; skills (skill sufficiency, with --model and the workforce development"
		+ " plug-in); one a plug-in contributes; or one of --definitions) from the workforce store. --list lists them all.")
final class MetricsCommand implements Callable<Integer> {

	@Parameters(index = "0", arity = "0..1", paramLabel = "METRIC", description = "the metric's id (--list shows them)")
	String metric;

	@Option(names = "--list", description = "list the metrics there are (built-in, contributed by plug-ins, of --definitions)"
			+ " with their units and targets, and stop")
	boolean list;

	@Option(names = "--by", paramLabel = "CUT[,CUT...]", split = ",",
			description = "organisation, sector, role, team, neighbourhood and/or month")
	List<String> cuts = new ArrayList<>();

	@Option(names = "--from", paramLabel = "YYYY-MM", description = "first month (default: 12 months up to --to)")
	String from;

	@Option(names = "--to", paramLabel = "YYYY-MM", description = "last month (default: the month the store's staff records"
			+ " end with, at most last month)")
	String to;

	@Option(names = "--rolling", description = "with --by month: each month's figure is for the twelve months up to its end"
			+ " (NHS 12-month rolling turnover)")
	boolean rolling;

	@Option(names = "--team", paramLabel = "TEAM", description = "only the people of this team (its code in the INT model)")
	String team;

	@Option(names = "--format", defaultValue = "text", description = "text, csv or json (default text)")
	String format;

	@Option(names = "--threshold", defaultValue = "5", description = "suppress figures of fewer people than this (default 5)")
	int threshold;

	@Option(names = "--model", paramLabel = "MODEL.intd", description = "the INT model: which neighbourhood each team is in,"
			+ " and what skills each team needs (skills)")
	Path model;

	@Option(names = "--definitions", paramLabel = "FILE.json", description = "the place's own metrics (id, label, expression, target)")
	Path definitions;

	@Mixin
	WorkforceStoreOptions store = new WorkforceStoreOptions();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		try {
			if (list) {
				List<MetricDefinitions.Entry> own = definitions == null ? List.of() : MetricDefinitions.read(definitions);
				spec.commandLine().getOut().print(MetricsListing.of(own));
				return IntdCommand.OK;
			}
			if (metric == null) {
				// optional only beside --list: without it, a usage error as picocli would say it
				throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'METRIC'"
						+ " (./intd metrics --list lists them)");
			}
			List<Cut> by = cuts.stream().map(Cut::parse).toList();
			MetricFormula formula;
			Target target;
			MetricDefinitions.Entry own = own();
			if (own != null) {
				formula = own.definition();
				target = own.target();
			} else {
				formula = MetricCatalogue.find(metric); // a built-in or one a plug-in contributes
				target = MetricCatalogue.targetOf(formula);
			}
			if (by.contains(Cut.NEIGHBOURHOOD) && model == null) {
				throw new IllegalArgumentException("--by neighbourhood needs --model MODEL.intd: the model says which team is where.");
			}
			if (rolling && !by.contains(Cut.MONTH)) {
				throw new IllegalArgumentException("--rolling goes with --by month: it makes each month's figure the twelve months up to it.");
			}
			MetricsOutput output = MetricsOutput.parse(format);
			YearMonth first = month(from);
			YearMonth last = month(to);
			IntdModel intdModel = model == null ? null : ModelInput.read(model);
			TeamNeighbourhoods places = intdModel == null ? TeamNeighbourhoods.NONE : TeamNeighbourhoods.of(intdModel);
			try (WorkforceStore opened = WorkforceStore.openExisting(store.location(System::getenv))) {
				MetricQuery asked = new MetricQuery(formula, period(opened, first, last), by, places, new SmallNumberSuppression(threshold),
						target).withModel(intdModel);
				if (rolling) {
					asked = asked.rollingTwelveMonths();
				}
				if (team != null) {
					asked = asked.onlyTeam(team);
				}
				MetricQuery query = asked;
				MetricTable table = opened.read(connection -> WorkforceMetrics.compute(connection, query));
				spec.commandLine().getOut().print(output.write(table));
				if (formula instanceof Metric builtIn && builtIn.surveyTheme() != null
						&& table.rows().stream().allMatch(row -> row.measures().get(builtIn.surveyTheme().answers()) == 0)) {
					// said apart from the figures, so a CSV or JSON reader still gets a well-formed file
					spec.commandLine().getErr().println("The store holds no answers to survey questions of theme '"
							+ builtIn.surveyTheme().code() + "': import the survey with its questions file (import-workforce survey"
							+ " FILE --questions QUESTIONS.csv).");
				}
			}
		} catch (IllegalArgumentException e) {
			spec.commandLine().getErr().println(e.getMessage());
			return IntdCommand.BAD_INPUT;
		}
		return IntdCommand.OK;
	}

	private MetricDefinitions.Entry own() throws java.io.IOException {
		if (definitions == null) {
			return null;
		}
		for (MetricDefinitions.Entry entry : MetricDefinitions.read(definitions)) {
			if (entry.definition().id().equals(metric)) {
				return entry;
			}
		}
		return null;
	}

	/**
	 * The months asked for; without --to, ending with the month the store's staff records end with (at
	 * most last month); without --from, the twelve months up to the end.
	 */
	private static Period period(WorkforceStore opened, YearMonth from, YearMonth to) throws java.sql.SQLException {
		YearMonth lastMonth = YearMonth.now().minusMonths(1);
		YearMonth last = to;
		if (last == null) {
			YearMonth dataEnd = opened.read(c -> LatestDataMonth.of(c, lastMonth));
			last = dataEnd != null ? dataEnd : lastMonth;
		}
		YearMonth first = from == null ? last.minusMonths(11) : from;
		return new Period(first.atDay(1), last.atEndOfMonth());
	}

	private static YearMonth month(String text) {
		try {
			return text == null ? null : YearMonth.parse(text);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("Months are written YYYY-MM, e.g. --from 2025-04 --to 2026-03.");
		}
	}
}
