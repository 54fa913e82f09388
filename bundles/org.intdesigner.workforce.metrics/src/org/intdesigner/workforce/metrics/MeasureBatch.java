package org.intdesigner.workforce.metrics;

import java.sql.SQLException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.intdesigner.model.IntdModel;

/**
 * Measures shared between the figures worked out together: the dashboard's tiles, trend and
 * breakdown, or a report's, ask for the same groups and periods metric after metric (a place's
 * figures are its teams' measures added up, so every one of them starts from all teams). Within
 * {@link #run} each table's measures of one set of groups and periods are read once: the staff
 * spells once for every staff measure at a time (one pass gives them all, and the groups a pass
 * makes do not depend on the measures), the establishment, the survey and its themes once (a
 * figure of one theme keeps the groups that theme was answered in), the measure sources once per
 * set of measures asked for.
 * Each figure then takes copies of the measures it needs, so figures are the same as when worked
 * out alone. Outside {@link #run} nothing is kept: the store and the model may change between
 * figures, unless the caller keeps a {@link Memory} for a run in which neither changes (a report
 * of every place reads the same teams' measures for each place: it reads them once). A batch reads
 * one store: the connection is not part of what it remembers.
 */
public final class MeasureBatch {

	/** Work reading the store. */
	@FunctionalInterface
	public interface Work<T> {
		T run() throws SQLException;
	}

	private record Key(Measure.Origin origin, Set<Measure> measures, List<Cut> dimensions,
			List<Period> periods, String team, IntdModel model) {
	}

	private static final ThreadLocal<MeasureBatch> CURRENT = new ThreadLocal<>();

	/**
	 * The measures read from one store, kept across batches by a caller that knows neither the store
	 * nor the model changes meanwhile (one report run). Drop it when the run ends.
	 */
	public static final class Memory {
		// concurrent: a report works out some analyses on a thread of their own, from the same memory
		private final Map<Key, Map<GroupKey, Measures>> read = new ConcurrentHashMap<>();
		private final Map<List<Object>, Object> sourceReads = new ConcurrentHashMap<>();
	}

	private final Map<Key, Map<GroupKey, Measures>> read;
	private final Map<List<Object>, Object> sourceReads;

	private MeasureBatch(Memory memory) {
		this.read = memory.read;
		this.sourceReads = memory.sourceReads;
	}

	/** Runs {@code work} with the measures it reads kept until it returns (a batch inside a batch joins it). */
	public static <T> T run(Work<T> work) throws SQLException {
		return run(new Memory(), work);
	}

	/**
	 * Runs {@code work} with the measures it reads kept in {@code memory}, and those already there
	 * used (a batch inside a batch joins it, and its memory).
	 */
	public static <T> T run(Memory memory, Work<T> work) throws SQLException {
		if (CURRENT.get() != null) {
			return work.run();
		}
		CURRENT.set(new MeasureBatch(memory));
		try {
			return work.run();
		} finally {
			CURRENT.remove();
		}
	}

	/** Reads the store or the model for a {@link MeasureSource}. */
	@FunctionalInterface
	public interface Reading<T> {
		T read() throws SQLException;
	}

	/**
	 * What a {@link MeasureSource} reads for every request alike (all skill records of the store): read
	 * once per {@code key} while a batch runs on this thread, else read each time.
	 */
	@SuppressWarnings("unchecked")
	public static <T> T shared(List<Object> key, Reading<T> reading) throws SQLException {
		MeasureBatch batch = CURRENT.get();
		if (batch == null) {
			return reading.read();
		}
		Object kept = batch.sourceReads.get(key);
		if (kept == null) {
			kept = reading.read();
			batch.sourceReads.put(key, kept);
		}
		return (T) kept;
	}

	/** The batch running on this thread, or null. */
	static MeasureBatch current() {
		return CURRENT.get();
	}

	/**
	 * The measures {@code metric} needs, by group and period, as {@link MeasureQueries} and
	 * {@link SourcedMeasures} give them: of the groups {@code counted} (the others are not copied).
	 */
	Map<GroupKey, Measures> measured(MeasureRequest request, MetricFormula metric, Predicate<GroupKey> counted)
			throws SQLException {
		Map<GroupKey, Measures> result = new LinkedHashMap<>();
		for (Measure.Origin origin : Measure.Origin.values()) {
			Set<Measure> needed = EnumSet.noneOf(Measure.class);
			metric.measures().stream().filter(m -> m.origin() == origin).forEach(needed::add);
			if (needed.isEmpty()) {
				continue;
			}
			Map<GroupKey, Measures> part = part(request, metric, origin, needed);
			boolean themes = origin == Measure.Origin.SURVEY_QUESTIONS;
			// the engagement query always gave its four measures, whichever were needed: rows keep showing them
			Set<Measure> copied = origin == Measure.Origin.SURVEY ? all(origin) : needed;
			part.forEach((group, measures) -> {
				if (!counted.test(group)) {
					return;
				}
				if (themes && needed.stream().noneMatch(measures::has)) {
					return; // a group only other themes were answered in: asked alone, the query would not have made it
				}
				Measures copy = result.computeIfAbsent(group, k -> new Measures());
				for (Measure measure : copied) {
					if (measures.has(measure)) {
						copy.add(measure, measures.get(measure));
					}
				}
			});
		}
		return result;
	}

	private Map<GroupKey, Measures> part(MeasureRequest request, MetricFormula metric, Measure.Origin origin,
			Set<Measure> needed) throws SQLException {
		Set<Measure> asked = switch (origin) {
		// the same groups whatever is asked (the themes': each group has every measure of the themes answered in it)
		case STAFF, ESTABLISHMENT, SURVEY, SURVEY_QUESTIONS -> all(origin);
		case SOURCE -> needed;
		};
		Key key = new Key(origin, asked, request.dimensions(), request.periods(), request.team(),
				origin == Measure.Origin.SOURCE ? request.model() : null);
		Map<GroupKey, Measures> part = read.get(key);
		if (part != null) {
			return part;
		}
		if (origin != Measure.Origin.SOURCE && !key.dimensions().isEmpty()) {
			part = rolledUp(key);
		}
		if (part == null && origin == Measure.Origin.SOURCE) {
			part = new LinkedHashMap<>();
			SourcedMeasures.add(request, metric, part);
		} else if (part == null) {
			part = new MeasureQueries(request.connection(), request.dimensions(), request.periods(), asked, request.team())
					.run();
		}
		read.put(key, part);
		return part;
	}

	/**
	 * The groups of {@code key} added up from groups already read by more cuts (by team and organisation, when by
	 * team is asked), or null when none were. The store's measures are sums over rows and a finer grouping
	 * partitions the rows, so the sums are those a query would give; a group exists when any of its parts does.
	 * Not for the sourced measures (a source may count a person once in a group of many teams) nor for no cuts at
	 * all (the figure for everyone has its zeros even when nobody was measured).
	 */
	private Map<GroupKey, Measures> rolledUp(Key key) {
		for (Map.Entry<Key, Map<GroupKey, Measures>> known : read.entrySet()) {
			Key finer = known.getKey();
			if (finer.origin() != key.origin() || !finer.measures().equals(key.measures()) || !finer.periods().equals(key.periods())
					|| !java.util.Objects.equals(finer.team(), key.team()) || finer.dimensions().size() <= key.dimensions().size()
					|| !finer.dimensions().containsAll(key.dimensions())) {
				continue;
			}
			int[] columns = key.dimensions().stream().mapToInt(finer.dimensions()::indexOf).toArray();
			Map<GroupKey, Measures> part = new LinkedHashMap<>();
			known.getValue().forEach((group, measures) -> {
				List<String> values = new java.util.ArrayList<>(columns.length);
				for (int column : columns) {
					values.add(group.values().get(column));
				}
				part.computeIfAbsent(new GroupKey(values, group.period()), k -> new Measures()).addAll(measures);
			});
			return part;
		}
		return null;
	}

	private static Set<Measure> all(Measure.Origin origin) {
		Set<Measure> all = EnumSet.noneOf(Measure.class);
		for (Measure measure : Measure.values()) {
			if (measure.origin() == origin) {
				all.add(measure);
			}
		}
		return all;
	}
}
