package org.intdesigner.model.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.diagram.interpreter.DiagramNode;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.registry.ContributedDiagram;
import org.intdesigner.diagram.registry.SpecificationRegistry;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.store.NewDiagrams;
import org.intdesigner.diagram.sync.LiveDiagram;
import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.Arrangement;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.model.samples.SyntheticModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every INT diagram type drawn of one team (with its sub-teams), one area or one organisation
 * (issue #17, point 6), over the example place and over one 300-post neighbourhood of eight.
 */
class ScopedDiagramsTest {

	private final SpecificationRegistry registry = SpecificationRegistry.getDefault();

	@ParameterizedTest
	@ValueSource(strings = { "IntStructure/TeamStructure", "IntBoundaries/BoundaryMap",
			"IntAccountability/AccountabilityMap", "IntLineManagement/LineManagementChart" })
	void eachTypeIsOfferedForATeamAnAreaAndAnOrganisationAndDrawsOnlyThat(String id) {
		IntdModel model = inResource(ExamplePlace.create());
		Team team = model.getTeams().stream().filter(t -> !t.getSubTeams().isEmpty()).findFirst().orElseThrow();
		Area area = all(model, Area.class).stream().filter(a -> a.getKind() == AreaKind.NEIGHBOURHOOD).findFirst().orElseThrow();
		Organisation organisation = model.getOrganisations().stream()
				.filter(o -> model.getPosts().stream().anyMatch(p -> p.getEmployer() == o)).findFirst().orElseThrow();
		int whole = draw(id, model).size();
		for (EObject scope : List.of(team, area, organisation)) {
			assertTrue(registry.applicableTo(scope).stream().map(ContributedDiagram::description).map(NewDiagrams::idOf)
					.toList().contains(id), id + " is offered for a " + scope.eClass().getName());
			List<EObject> drawn = draw(id, scope);
			assertFalse(drawn.isEmpty(), id + " of " + scope.eClass().getName() + " draws something");
			assertTrue(drawn.size() < whole, id + " of " + scope.eClass().getName() + " draws less than the whole place: "
					+ drawn.size() + " of " + whole);
			for (EObject element : drawn) {
				if (element instanceof Post post && !id.contains("Accountability")) {
					assertTrue(inScope(scope, post), id + ": " + post.getName() + " is not in " + scope);
				}
				if (element instanceof Arrangement arrangement && scope instanceof Area) {
					assertTrue(arrangement.getCovers().isEmpty() || arrangement.getCovers().stream()
							.anyMatch(c -> c instanceof Post p ? inScope(scope, p) : c instanceof Team t && areaOf(t) != null
									&& EcoreUtil.isAncestor(scope, areaOf(t))),
							id + ": the arrangement '" + arrangement.getName() + "' covers nothing in " + scope);
				}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "IntStructure/TeamStructure", "IntBoundaries/BoundaryMap",
			"IntAccountability/AccountabilityMap", "IntLineManagement/LineManagementChart" })
	void aNeighbourhoodIsDrawnOnItsOwn(String id) {
		IntdModel model = inResource(SyntheticModels.generate(SyntheticModels.Scale.SMALL, 7L));
		List<Area> neighbourhoods = all(model, Area.class).stream().filter(a -> a.getKind() == AreaKind.NEIGHBOURHOOD).toList();
		assertEquals(8, neighbourhoods.size());
		Area neighbourhood = neighbourhoods.get(3);
		List<EObject> drawn = draw(id, neighbourhood);
		Set<Post> posts = drawn.stream().filter(Post.class::isInstance).map(Post.class::cast).collect(Collectors.toSet());
		if (!id.contains("Accountability")) {
			assertTrue(posts.size() >= 100 && posts.size() <= 200, id + ": about one neighbourhood's posts, not "
					+ model.getPosts().size() + ": " + posts.size());
			assertTrue(posts.stream().allMatch(p -> inScope(neighbourhood, p)), id + ": only the neighbourhood's posts");
		}
		Set<String> teamAreas = drawn.stream().filter(Team.class::isInstance).map(t -> ((Team) t).getArea())
				.filter(Objects::nonNull).map(Area::getName).collect(Collectors.toSet());
		assertTrue(teamAreas.isEmpty() || teamAreas.equals(Set.of(neighbourhood.getName())), id + ": " + teamAreas);
	}

	/** One neighbourhood of London (40,000 posts) drawn on its own, in every type: how long it takes. */
	@org.junit.jupiter.api.Tag("benchmark")
	@org.junit.jupiter.api.Test
	void aNeighbourhoodOfLondonIsDrawnOnItsOwnQuickly() {
		IntdModel model = inResource(SyntheticModels.generate(SyntheticModels.Scale.LONDON, 7L));
		Area neighbourhood = all(model, Area.class).stream().filter(a -> a.getKind() == AreaKind.NEIGHBOURHOOD).toList().get(100);
		for (String id : List.of("IntStructure/TeamStructure", "IntBoundaries/BoundaryMap", "IntAccountability/AccountabilityMap",
				"IntLineManagement/LineManagementChart")) {
			long start = System.nanoTime();
			int drawn = draw(id, neighbourhood).size();
			long millis = (System.nanoTime() - start) / 1_000_000;
			System.out.println("Scoped " + id + " of one London neighbourhood: " + drawn + " nodes in " + millis + " ms");
			assertTrue(millis < 5_000, id + " took " + millis + " ms");
		}
	}

	/** The elements a diagram of {@code root} shows, after checking it drew without problems. */
	private List<EObject> draw(String id, EObject root) {
		DiagramDescription description = registry.find(id).orElseThrow().description();
		Diagram notation = NewDiagrams.create(description, root, id);
		LiveDiagram diagram = new LiveDiagram(description, notation, root, registry.getExpressions());
		diagram.refresh();
		assertTrue(diagram.getProblems().isEmpty(), id + " of " + root.eClass().getName() + ": " + diagram.getProblems());
		return notation.eAllContents().hasNext() ? allElements(diagram, notation) : List.of();
	}

	private static List<EObject> allElements(LiveDiagram diagram, Diagram notation) {
		List<EObject> elements = new java.util.ArrayList<>();
		notation.eAllContents().forEachRemaining(view -> {
			if (view instanceof org.intdesigner.diagram.notation.NodeView node) {
				DiagramNode drawn = diagram.nodeOf(node);
				if (drawn != null) {
					elements.add(drawn.getElement());
				}
			}
		});
		return elements;
	}

	/**
	 * A post of a team's or area's scope works in one of its teams; an organisation's is employed by
	 * it, or works in a team it hosts (a team structure shows everyone in the teams, whoever employs them).
	 */
	private static boolean inScope(EObject scope, Post post) {
		if (scope instanceof Organisation) {
			return post.getEmployer() == scope || post.getAllocations().stream().anyMatch(a -> hostedBy(a.getTeam(), scope));
		}
		return post.getAllocations().stream().anyMatch(a -> a.getTeam() != null && (scope instanceof Team team
				? EcoreUtil.isAncestor(team, a.getTeam())
				: areaOf(a.getTeam()) != null && EcoreUtil.isAncestor(scope, areaOf(a.getTeam()))));
	}

	private static boolean hostedBy(Team team, EObject organisation) {
		for (EObject t = team; t instanceof Team candidate; t = t.eContainer()) {
			if (candidate.getHost() == organisation) {
				return true;
			}
		}
		return false;
	}

	private static Area areaOf(Team team) {
		for (EObject t = team; t instanceof Team candidate; t = t.eContainer()) {
			if (candidate.getArea() != null) {
				return candidate.getArea();
			}
		}
		return null;
	}

	private static IntdModel inResource(IntdModel model) {
		Resource resource = ModelFiles.createResource(ModelFiles.newResourceSet(), Paths.get("scoped.intd"));
		resource.getContents().add(model);
		resource.getResourceSet().eAdapters().add(new ECrossReferenceAdapter());
		return model;
	}

	private static <T> List<T> all(IntdModel model, Class<T> type) {
		List<T> found = new java.util.ArrayList<>();
		model.eAllContents().forEachRemaining(o -> {
			if (type.isInstance(o)) {
				found.add(type.cast(o));
			}
		});
		return found;
	}
}
