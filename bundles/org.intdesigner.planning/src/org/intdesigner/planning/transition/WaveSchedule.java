package org.intdesigner.planning.transition;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.model.Element;
import org.intdesigner.model.Identified;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.TransitionWave;

/**
 * The waves of a scenario ({@link IntdModel#getTransitionWaves()}) in date order, and which wave a change belongs to:
 * the wave listing the changed element's id, else the one listing the id of its nearest containing element (an
 * allocation goes with its post, a RACI assignment with its accountability item). A wave whose date is not yyyy-mm-dd,
 * and an id two waves list, are errors naming the waves; an id that carries no change is only a warning.
 */
final class WaveSchedule {

	/** A wave with its date read. */
	record Wave(TransitionWave wave, String name, LocalDate date) {
	}

	/** Strict: 2026-02-30 is no date. */
	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

	private final List<Wave> waves;
	private final Map<String, Integer> waveOfId = new HashMap<>();
	private final Set<String> idsUsed = new HashSet<>();

	private WaveSchedule(List<Wave> waves) {
		this.waves = waves;
	}

	/** @throws InvalidWavesException naming the wave when a date is not yyyy-mm-dd or two waves list one id */
	static WaveSchedule of(IntdModel scenario) {
		List<Wave> read = new ArrayList<>();
		List<TransitionWave> all = scenario.getTransitionWaves();
		for (int i = 0; i < all.size(); i++) {
			TransitionWave wave = all.get(i);
			String name = nameOf(wave, i);
			read.add(new Wave(wave, name, date(wave, name)));
		}
		// stable: waves of one date keep the scenario's order
		read.sort(Comparator.comparing(Wave::date));
		WaveSchedule schedule = new WaveSchedule(List.copyOf(read));
		for (int w = 0; w < read.size(); w++) {
			for (String id : read.get(w).wave().getElementIds()) {
				if (id == null || id.isBlank()) {
					continue;
				}
				Integer other = schedule.waveOfId.putIfAbsent(id.trim(), w);
				if (other != null && other != w) {
					throw new InvalidWavesException("Transition waves " + quoted(read.get(other)) + " and " + quoted(read.get(w))
							+ " both list the element " + id.trim() + ": a change happens once, so list it in one wave only.");
				}
			}
		}
		return schedule;
	}

	List<Wave> waves() {
		return waves;
	}

	/**
	 * The index in {@link #waves()} of the wave {@code element} (the changed element, from the scenario, or from the
	 * baseline when it was removed) belongs to, or -1 when no wave lists it or its nearest containing element.
	 */
	int waveOf(Identified element) {
		Integer wave = listed(element.getId());
		if (wave != null) {
			return wave;
		}
		EObject container = element.eContainer();
		while (container != null && !(container instanceof Element)) {
			container = container.eContainer();
		}
		wave = container == null ? null : listed(((Element) container).getId());
		return wave == null ? -1 : wave;
	}

	private Integer listed(String id) {
		Integer wave = id == null ? null : waveOfId.get(id);
		if (wave != null) {
			idsUsed.add(id);
		}
		return wave;
	}

	/** After every change was placed with {@link #waveOf}: the ids a wave lists that carried no change. */
	List<String> warnings() {
		List<String> warnings = new ArrayList<>();
		for (Wave wave : waves) {
			for (String id : wave.wave().getElementIds()) {
				if (id != null && !id.isBlank() && !idsUsed.contains(id.trim())) {
					warnings.add("Transition wave " + quoted(wave) + " lists " + id.trim() + ", which carries no change (it is"
							+ " not in either model, or it and what it holds are the same in both): take it out of the wave.");
				}
			}
		}
		return warnings;
	}

	/** By name, else code, else its position in the scenario ("Wave 2"). */
	private static String nameOf(TransitionWave wave, int index) {
		return text(wave.getName()) ? wave.getName().trim() : text(wave.getCode()) ? wave.getCode().trim() : "Wave " + (index + 1);
	}

	private static String quoted(Wave wave) {
		return "'" + wave.name() + "'";
	}

	private static LocalDate date(TransitionWave wave, String name) {
		String date = wave.getEffectiveDate();
		if (!text(date)) {
			throw new InvalidWavesException("Transition wave '" + name + "' has no effective date: give it one as"
					+ " yyyy-mm-dd, for example 2026-04-01.");
		}
		try {
			return LocalDate.parse(date.trim(), ISO);
		} catch (DateTimeParseException e) {
			throw new InvalidWavesException("Transition wave '" + name + "' has the effective date '" + date
					+ "', which is not a date as yyyy-mm-dd: write it like 2026-04-01.");
		}
	}

	private static boolean text(String text) {
		return text != null && !text.isBlank();
	}
}
