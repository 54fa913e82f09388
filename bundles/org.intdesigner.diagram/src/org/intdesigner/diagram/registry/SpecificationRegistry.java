package org.intdesigner.diagram.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.intdesigner.diagram.expressions.Expressions;
import org.intdesigner.diagram.interpreter.DomainClasses;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.validation.SpecificationProblem;
import org.intdesigner.diagram.validation.SpecificationValidator;

/**
 * The diagram types on offer: every specification contributed to
 * {@value SpecificationExtensions#EXTENSION_POINT}, loaded and validated once. A file that cannot
 * be read or has errors is left out, with its problems in {@link #getProblems()} and in the log;
 * the other files are not affected.
 */
public final class SpecificationRegistry {

	private static SpecificationRegistry platformRegistry;

	private final List<LoadedSpecification> specifications;
	private final List<ContributedDiagram> diagrams;
	private final Map<String, Object> services;
	private final Expressions expressions;
	private final List<SpecificationProblem> problems;

	private SpecificationRegistry(List<LoadedSpecification> specifications, List<ContributedDiagram> diagrams,
			Map<String, Object> services, Expressions expressions, List<SpecificationProblem> problems) {
		this.specifications = List.copyOf(specifications);
		this.diagrams = List.copyOf(diagrams);
		this.services = Map.copyOf(services);
		this.expressions = expressions;
		this.problems = List.copyOf(problems);
	}

	/**
	 * The registry of the running platform, read on first use; its problems are logged then, once.
	 * Bundles installed later are not seen: diagram types are fixed for a session.
	 */
	public static synchronized SpecificationRegistry getDefault() {
		if (platformRegistry == null) {
			SpecificationExtensions.Contributions contributions = SpecificationExtensions.read(Platform.getExtensionRegistry());
			platformRegistry = load(contributions.specifications(), contributions.services(), contributions.problems());
			log(platformRegistry.getProblems());
		}
		return platformRegistry;
	}

	/**
	 * A registry of the given files and services, without the extension registry and without
	 * logging (for tests and tools). {@code earlierProblems} are those found while reading the
	 * contributions; they are reported along with the files' own.
	 */
	public static SpecificationRegistry load(List<SpecificationContribution> contributions, Map<String, ?> services,
			List<SpecificationProblem> earlierProblems) {
		Expressions expressions = new Expressions(services);
		SpecificationLoader loader = new SpecificationLoader(new SpecificationValidator(expressions));
		List<LoadedSpecification> loaded = new ArrayList<>();
		Map<String, ContributedDiagram> diagrams = new LinkedHashMap<>();
		List<SpecificationProblem> problems = new ArrayList<>(earlierProblems);
		for (SpecificationContribution contribution : contributions) {
			LoadedSpecification specification = loader.load(contribution);
			loaded.add(specification);
			problems.addAll(specification.problems());
			if (specification.isUsable()) {
				offer(specification, contribution.bundle(), diagrams, problems);
			}
		}
		return new SpecificationRegistry(loaded, List.copyOf(diagrams.values()), new LinkedHashMap<>(services),
				expressions, problems);
	}

	/** Adds the file's diagrams, except those whose id another file already took (the first one wins). */
	private static void offer(LoadedSpecification specification, String bundle, Map<String, ContributedDiagram> diagrams,
			List<SpecificationProblem> problems) {
		for (DiagramDescription description : specification.viewpoint().getDiagrams()) {
			String id = ContributedDiagram.idOf(specification.viewpoint(), description);
			ContributedDiagram taken = diagrams.get(id);
			if (taken != null) {
				problems.add(SpecificationProblem.error(specification.file(), "DiagramDescription '" + description.getName() + "'",
						"the diagram id '" + id + "' is already contributed by " + taken.file() + ": this diagram is not offered"));
			} else {
				diagrams.put(id, new ContributedDiagram(id, description, specification.viewpoint(), bundle,
						specification.file()));
			}
		}
	}

	/** Every diagram type on offer, in contribution order. */
	public List<ContributedDiagram> getDiagrams() {
		return diagrams;
	}

	/** The diagram type with {@code id} ({@code <viewpoint name>/<description name>}). */
	public Optional<ContributedDiagram> find(String id) {
		return diagrams.stream().filter(d -> d.id().equals(id)).findFirst();
	}

	/** The diagram types that can be drawn for {@code element}: its class or a supertype is their domain class. */
	public List<ContributedDiagram> applicableTo(EObject element) {
		return diagrams.stream().filter(d -> DomainClasses.matches(d.description().getDomainClass(), element.eClass()))
				.toList();
	}

	/** The contributed services, by the namespace expressions call them with. */
	public Map<String, Object> getServices() {
		return services;
	}

	/** Expressions that know the contributed services: the ones to interpret these diagrams with. */
	public Expressions getExpressions() {
		return expressions;
	}

	/** Every contributed file as loaded, usable or not. */
	public List<LoadedSpecification> getSpecifications() {
		return specifications;
	}

	/** Everything wrong with the contributions and their files, errors and warnings. */
	public List<SpecificationProblem> getProblems() {
		return problems;
	}

	/** One log entry per file, so an author sees at once everything wrong with theirs. */
	static void log(List<SpecificationProblem> problems) {
		Map<String, List<SpecificationProblem>> byFile = new LinkedHashMap<>();
		for (SpecificationProblem problem : problems) {
			byFile.computeIfAbsent(problem.file(), f -> new ArrayList<>()).add(problem);
		}
		ILog log = ILog.of(SpecificationRegistry.class);
		byFile.forEach((file, ofFile) -> {
			long errors = ofFile.stream().filter(SpecificationProblem::isError).count();
			MultiStatus status = new MultiStatus(SpecificationRegistry.class, 0, "Diagram specifications: " + file
					+ (errors > 0 ? " has " + errors + " error(s) and is not used" : " has warnings"));
			for (SpecificationProblem problem : ofFile) {
				status.add(new Status(problem.isError() ? IStatus.ERROR : IStatus.WARNING, SpecificationRegistry.class,
						problem.toString()));
			}
			log.log(status);
		});
	}
}
