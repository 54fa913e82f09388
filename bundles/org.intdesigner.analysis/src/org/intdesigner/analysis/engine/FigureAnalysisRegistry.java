package org.intdesigner.analysis.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.intdesigner.analysis.api.FigureAnalysis;
import org.intdesigner.analysis.engine.Contributions.Contributed;

/**
 * The figure analyses installed: every {@code analysis} contributed to {@value #EXTENSION_POINT},
 * the built-in ones (spans and layers, boundary crossings, FTE, skills coverage) first. Whatever
 * lists figure analyses (the Figures view, {@code ./intd check --figures}) asks this registry, so a
 * plug-in's analysis shows wherever the built-in ones do. A contribution that cannot be used (missing
 * class, not a figure analysis, no id, an id already taken) is logged naming its plug-in and listed in
 * {@link #getProblems()}; the others are used.
 */
public final class FigureAnalysisRegistry {

	public static final String EXTENSION_POINT = "org.intdesigner.analysis.figureAnalyses";

	private static FigureAnalysisRegistry instance;

	private final Map<String, FigureAnalysis> analyses;
	private final List<String> problems;

	private FigureAnalysisRegistry(Map<String, FigureAnalysis> analyses, List<String> problems) {
		this.analyses = analyses;
		this.problems = List.copyOf(problems);
	}

	/** The registry of the running platform, read once. */
	public static synchronized FigureAnalysisRegistry getDefault() {
		if (instance == null) {
			instance = read();
		}
		return instance;
	}

	/** Reads the platform's contributions now and logs their problems (getDefault() reads them once). */
	public static FigureAnalysisRegistry read() {
		List<String> problems = new ArrayList<>();
		Map<String, FigureAnalysis> byId = new LinkedHashMap<>();
		for (Contributed<FigureAnalysis> contributed : Contributions.read(EXTENSION_POINT, "analysis", FigureAnalysis.class,
				"figure analysis", problems)) {
			add(byId, contributed.object(), contributed.contributor() + ": ", problems);
		}
		Contributions.log(FigureAnalysisRegistry.class, "Figure analyses", problems);
		return new FigureAnalysisRegistry(byId, problems);
	}

	/** A registry of the given analyses, for tests and callers outside the platform. */
	public static FigureAnalysisRegistry of(List<? extends FigureAnalysis> analyses) {
		List<String> problems = new ArrayList<>();
		Map<String, FigureAnalysis> byId = new LinkedHashMap<>();
		analyses.forEach(analysis -> add(byId, analysis, "", problems));
		return new FigureAnalysisRegistry(byId, problems);
	}

	private static void add(Map<String, FigureAnalysis> byId, FigureAnalysis analysis, String from, List<String> problems) {
		String id = analysis.id();
		String className = analysis.getClass().getName();
		if (id == null || id.isBlank()) {
			problems.add(from + "the figure analysis " + className + " has no id (return a stable one from id(), e.g. \"EXM-FIG-1\")");
		} else if (byId.containsKey(id)) {
			problems.add(from + "the figure analysis id " + id + " of " + className + " is already used by "
					+ byId.get(id).getClass().getName() + " (give it an id with a prefix of your own)");
		} else {
			byId.put(id, analysis);
		}
	}

	/** Every figure analysis, built-in ones first, in contribution order. */
	public List<FigureAnalysis> getAnalyses() {
		return List.copyOf(analyses.values());
	}

	/** The analysis of this id, or null. */
	public FigureAnalysis find(String id) {
		return analyses.get(id);
	}

	/** What was wrong with contributions, each naming the contributing plug-in; empty when all loaded. */
	public List<String> getProblems() {
		return problems;
	}
}
