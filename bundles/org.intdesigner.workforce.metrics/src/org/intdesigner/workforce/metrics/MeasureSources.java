package org.intdesigner.workforce.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

/**
 * The measure sources installed: those registered in code ({@link #register}, for tests and callers
 * outside the platform: they stand in front, so the caller decides), then every {@code source}
 * contributed to {@value #EXTENSION_POINT} (read once). A contribution that cannot be loaded is logged and left out; the metrics that need
 * its measures then say which plug-in they need.
 */
public final class MeasureSources {

	public static final String EXTENSION_POINT = "org.intdesigner.workforce.metrics.measureSources";

	private static List<MeasureSource> contributed;
	private static final List<MeasureSource> REGISTERED = new CopyOnWriteArrayList<>();

	private MeasureSources() {
	}

	/** The registered sources, then the contributed ones. */
	public static List<MeasureSource> installed() {
		List<MeasureSource> all = new ArrayList<>(REGISTERED);
		all.addAll(contributed());
		return all;
	}

	/**
	 * True when every measure {@code metric} needs from a source has one installed (always, for the
	 * metrics the store's tables give): skill sufficiency without the development plug-in is false.
	 */
	public static boolean canMeasure(MetricFormula metric) {
		java.util.Set<Measure> needed = java.util.EnumSet.noneOf(Measure.class);
		metric.measures().stream().filter(m -> m.origin() == Measure.Origin.SOURCE).forEach(needed::add);
		installed().forEach(source -> needed.removeAll(source.measures()));
		return needed.isEmpty();
	}

	/** Adds a source until the returned registration is closed. */
	public static Registration register(MeasureSource source) {
		REGISTERED.add(source);
		return () -> REGISTERED.remove(source);
	}

	/** Ends a {@link #register registration}. */
	@FunctionalInterface
	public interface Registration extends AutoCloseable {
		@Override
		void close();
	}

	private static synchronized List<MeasureSource> contributed() {
		if (contributed == null) {
			contributed = read();
		}
		return contributed;
	}

	private static List<MeasureSource> read() {
		var registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return List.of(); // outside the platform: registered sources only
		}
		List<MeasureSource> sources = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			try {
				if (element.createExecutableExtension("class") instanceof MeasureSource source) {
					sources.add(source);
				} else {
					problem(contributor + ": " + element.getAttribute("class") + " is not a measure source (it must implement "
							+ MeasureSource.class.getName() + ")");
				}
			} catch (CoreException | RuntimeException | LinkageError e) {
				problem(contributor + ": the measure source " + element.getAttribute("class") + " could not be loaded: "
						+ e.getMessage());
			}
		}
		return List.copyOf(sources);
	}

	private static void problem(String text) {
		ILog.of(MeasureSources.class).log(new Status(IStatus.ERROR, "org.intdesigner.workforce.metrics",
				"Workforce measures: " + text + ". The metrics needing its measures have no figures."));
	}
}
