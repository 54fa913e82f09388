package org.intdesigner.workforce.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.spi.RegistryContributor;

/**
 * The metrics plug-ins contribute to {@value #EXTENSION_POINT}, read once. A contribution that
 * cannot be used (no id, an expression that cannot be read or names an unknown measure, a class
 * that cannot be loaded or is no {@link MetricFormula}, an id a built-in or another plug-in has
 * already) is logged naming the plug-in and what to change, and left out; the others still load.
 */
public final class ContributedMetrics {

	public static final String EXTENSION_POINT = "org.intdesigner.workforce.metrics.workforceMetrics";

	/** What reading the contributions gave: the usable metrics, in order, and a sentence per one left out. */
	public record Reading(List<ContributedMetric> metrics, List<String> problems) {
	}

	private static List<ContributedMetric> contributed;
	private static final List<ContributedMetric> REGISTERED = new CopyOnWriteArrayList<>();

	private ContributedMetrics() {
	}

	/**
	 * The metrics installed: those registered in code ({@link #register}), then those contributed
	 * (none outside the platform) in the order the registry gives them.
	 */
	public static List<ContributedMetric> installed() {
		List<ContributedMetric> all = new ArrayList<>(REGISTERED);
		all.addAll(contributed());
		return all;
	}

	/**
	 * Adds a metric as if contributed, until the returned registration is closed: for tests and programs
	 * embedding the metrics outside the platform. Views made meanwhile (the dashboard's tiles) keep it.
	 *
	 * @throws IllegalArgumentException when its id is taken
	 */
	public static MeasureSources.Registration register(ContributedMetric metric) {
		boolean taken = java.util.Arrays.stream(Metric.values()).anyMatch(builtIn -> builtIn.id().equalsIgnoreCase(metric.id()))
				|| installed().stream().anyMatch(other -> other.id().equalsIgnoreCase(metric.id()));
		if (taken) {
			throw new IllegalArgumentException("The metric id '" + metric.id() + "' is taken: give the metric another.");
		}
		REGISTERED.add(metric);
		return () -> REGISTERED.remove(metric);
	}

	private static synchronized List<ContributedMetric> contributed() {
		if (contributed == null) {
			var registry = RegistryFactory.getRegistry();
			if (registry == null) {
				contributed = List.of();
			} else {
				Reading reading = read(registry.getConfigurationElementsFor(EXTENSION_POINT));
				log(reading.problems());
				contributed = reading.metrics();
			}
		}
		return contributed;
	}

	/** Reads {@code elements} (the point's {@code metric} elements), each problem a sentence naming its plug-in. */
	public static Reading read(IConfigurationElement[] elements) {
		Map<String, String> taken = new LinkedHashMap<>();
		for (Metric builtIn : Metric.values()) {
			taken.put(builtIn.id(), "the built-in metric '" + builtIn.label() + "'");
		}
		List<ContributedMetric> metrics = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (IConfigurationElement element : elements) {
			if (!"metric".equals(element.getName())) {
				continue;
			}
			String plugin = pluginOf(element);
			String id = element.getAttribute("id");
			String what = "The workforce metric '" + (id == null ? "(no id)" : id) + "' of plug-in " + plugin;
			try {
				ContributedMetric metric = ContributedMetricElement.parse(element);
				String owner = taken.get(metric.id().toLowerCase(Locale.ROOT));
				if (owner != null) {
					problems.add(what + " is left out: its id is already " + owner + ". Give it an id of its own, e.g. one"
							+ " starting with the plug-in's name.");
					continue;
				}
				taken.put(metric.id().toLowerCase(Locale.ROOT), "the metric of plug-in " + plugin);
				metrics.add(metric);
			} catch (IllegalArgumentException bad) {
				problems.add(what + " is left out: " + bad.getMessage());
			}
		}
		return new Reading(List.copyOf(metrics), List.copyOf(problems));
	}

	/** The plug-in whose plugin.xml (or fragment.xml: the fragment's, not its host's) holds the element. */
	static String pluginOf(IConfigurationElement element) {
		IContributor contributor = element.getContributor();
		return contributor instanceof RegistryContributor registered ? registered.getActualName() : contributor.getName();
	}

	/** Each problem in the platform's error log, where an extender looks when the metric does not show. */
	static void log(List<String> problems) {
		ILog log = ILog.of(ContributedMetrics.class);
		for (String problem : problems) {
			log.log(new Status(IStatus.ERROR, "org.intdesigner.workforce.metrics", problem));
		}
	}

	/** Loads the {@code class} of a contribution, the problem said as the registry's user needs it. */
	static Object create(IConfigurationElement element) {
		String name = element.getAttribute("class");
		try {
			return element.createExecutableExtension("class");
		} catch (CoreException | RuntimeException | LinkageError e) {
			throw new IllegalArgumentException("its class " + name + " could not be made (" + e.getMessage() + "). Check the"
					+ " class name, that the plug-in holds the class and that it has a public constructor without arguments.", e);
		}
	}
}
