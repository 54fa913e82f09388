package org.intdesigner.diagram.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.intdesigner.diagram.expressions.Expressions;
import org.intdesigner.diagram.spec.ConditionalStyle;
import org.intdesigner.diagram.spec.ContainerMapping;
import org.intdesigner.diagram.spec.CreateInstance;
import org.intdesigner.diagram.spec.CreateNodeTool;
import org.intdesigner.diagram.spec.Decoration;
import org.intdesigner.diagram.spec.DeleteTool;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.spec.DiagramSpecFactory;
import org.intdesigner.diagram.spec.ElementEdgeMapping;
import org.intdesigner.diagram.spec.Filter;
import org.intdesigner.diagram.spec.Layer;
import org.intdesigner.diagram.spec.NodeMapping;
import org.intdesigner.diagram.spec.RelationEdgeMapping;
import org.intdesigner.diagram.spec.SetValue;
import org.intdesigner.diagram.spec.Viewpoint;
import org.intdesigner.diagram.validation.SpecificationProblem.Severity;
import org.junit.jupiter.api.Test;

/**
 * Each kind of problem a specification can have is found and names the file and the element it
 * is about. The viewpoint starts valid; each test breaks one thing.
 */
class SpecificationValidatorTest {

	private static final DiagramSpecFactory S = DiagramSpecFactory.eINSTANCE;
	private static final String FILE = "org.example/specs/teams.intdspec";

	private final Viewpoint viewpoint = S.createViewpoint();
	private final DiagramDescription description = S.createDiagramDescription();
	private final Layer layer = S.createLayer();
	private final ContainerMapping teams = S.createContainerMapping();
	private final NodeMapping posts = S.createNodeMapping();
	private final RelationEdgeMapping lineManagement = S.createRelationEdgeMapping();
	private final ElementEdgeMapping interactions = S.createElementEdgeMapping();
	private final ConditionalStyle vacant = S.createConditionalStyle();
	private final CreateNodeTool createPost = S.createCreateNodeTool();
	private final CreateInstance newPost = S.createCreateInstance();
	private final SetValue setName = S.createSetValue();
	private final DeleteTool delete = S.createDeleteTool();
	private final Filter hideVacant = S.createFilter();
	private final Decoration vacantMark = S.createDecoration();

	SpecificationValidatorTest() {
		viewpoint.setName("Example");
		viewpoint.getDiagrams().add(description);
		description.setName("teams");
		description.setDomainClass("IntdModel");
		description.getLayers().add(layer);
		layer.setName("default");
		teams.setName("team");
		teams.setDomainClass("model::Team");
		teams.setSemanticCandidates("self.teams");
		teams.setLabelExpression("self.name");
		posts.setName("post");
		posts.setDomainClass("Post");
		posts.setSemanticCandidates("self.posts");
		posts.setStyle(S.createNodeStyle());
		vacant.setPredicate("self.vacant");
		vacant.setStyle(S.createNodeStyle());
		posts.getConditionalStyles().add(vacant);
		lineManagement.setName("lineManagement");
		lineManagement.setTargetExpression("self.lineManager");
		lineManagement.getSourceMappings().add(posts);
		lineManagement.getTargetMappings().add(posts);
		interactions.setName("interaction");
		interactions.setDomainClass("Interaction");
		interactions.setSemanticCandidates("self.interactions");
		interactions.setSourceExpression("self.source");
		interactions.setTargetExpression("self.target");
		interactions.getSourceMappings().add(teams);
		interactions.getTargetMappings().add(teams);
		createPost.setName("createPost");
		createPost.setMapping(posts);
		newPost.setTypeName("Post");
		newPost.setReferenceName("posts");
		setName.setFeatureName("name");
		setName.setValueExpression("'New post'");
		newPost.getSubOperations().add(setName);
		createPost.getOperations().add(newPost);
		delete.setName("delete");
		delete.getMappings().add(posts);
		hideVacant.setName("hideVacant");
		hideVacant.getMappings().add(posts);
		hideVacant.setCondition("self.vacant");
		vacantMark.setName("vacantMark");
		vacantMark.getMappings().add(posts);
		vacantMark.setPrecondition("self.vacant");
		vacantMark.setTooltipExpression("'Vacant since ' + self.name");
		layer.getContainerMappings().add(teams);
		layer.getNodeMappings().add(posts);
		layer.getEdgeMappings().addAll(List.of(lineManagement, interactions));
		layer.getTools().addAll(List.of(createPost, delete));
		layer.getFilters().add(hideVacant);
		layer.getDecorations().add(vacantMark);
	}

	private List<SpecificationProblem> validate() {
		return new SpecificationValidator(new Expressions()).validate(viewpoint, FILE);
	}

	/** The one problem about {@code element}, checked to be of {@code severity} and to say {@code words}. */
	private SpecificationProblem theProblem(String element, Severity severity, String words) {
		List<SpecificationProblem> problems = validate();
		List<SpecificationProblem> about = problems.stream().filter(p -> p.element().equals(element)).toList();
		assertEquals(1, about.size(), "one problem about " + element + " in " + problems);
		SpecificationProblem problem = about.get(0);
		assertEquals(FILE, problem.file());
		assertEquals(severity, problem.severity(), problem.toString());
		assertTrue(problem.message().contains(words), problem.toString());
		assertTrue(problem.toString().startsWith(FILE + ": " + element + ": "), problem.toString());
		return problem;
	}

	@Test
	void aCompleteSpecificationHasNoProblems() {
		assertEquals(List.of(), validate());
	}

	@Test
	void namesArePresentAndUnique() {
		interactions.setName("post");
		theProblem("ElementEdgeMapping 'post'", Severity.ERROR, "'post' is already used by the NodeMapping in Layer 'default'");
		interactions.setName(null);
		theProblem("ElementEdgeMapping #2 in Layer 'default'", Severity.ERROR, "has no name");
	}

	@Test
	void expressionsMustParseAndReadOnlySelf() {
		posts.setLabelExpression("self.name +");
		theProblem("NodeMapping 'post'", Severity.ERROR, "labelExpression 'self.name +' does not parse: line 1, column 11");
		posts.setLabelExpression("slef.name");
		theProblem("NodeMapping 'post'", Severity.ERROR, "reads 'slef', which is not defined");
		posts.setLabelExpression("self.name");
		setName.setValueExpression("text");
		theProblem("SetValue #1 in CreateInstance #1 in CreateNodeTool 'createPost'", Severity.WARNING,
				"reads 'text'");
	}

	@Test
	void domainClassesMustBeKnownButThatIsOnlyAWarning() {
		posts.setDomainClass("Pots");
		theProblem("NodeMapping 'post'", Severity.WARNING, "domainClass 'Pots' is not a class of any registered EMF package");
		posts.setDomainClass("other::Post");
		theProblem("NodeMapping 'post'", Severity.WARNING, "'other::Post'");
		description.setDomainClass(null);
		List<SpecificationProblem> problems = validate();
		assertTrue(problems.stream().anyMatch(p -> p.element().equals("DiagramDescription 'teams'") && p.isError()
				&& p.message().contains("has no domain class")), problems.toString());
	}

	@Test
	void edgesNeedEndsAndExpressions() {
		lineManagement.getSourceMappings().clear();
		lineManagement.setTargetExpression(" ");
		List<SpecificationProblem> problems = validate().stream()
				.filter(p -> p.element().equals("RelationEdgeMapping 'lineManagement'")).toList();
		assertEquals(2, problems.size(), "EMF's lower bound is not reported again: " + problems);
		assertTrue(problems.get(0).message().contains("has no source mapping"), problems.toString());
		assertTrue(problems.get(1).message().contains("has no target expression"), problems.toString());
		lineManagement.getSourceMappings().add(posts);
		lineManagement.setTargetExpression("self.lineManager");
		interactions.setTargetExpression(null);
		theProblem("ElementEdgeMapping 'interaction'", Severity.ERROR, "has no target expression");
	}

	@Test
	void toolsNeedMappingsAndOperationsTheirNames() {
		createPost.setMapping(null);
		theProblem("CreateNodeTool 'createPost'", Severity.ERROR, "does not say which node mapping it creates");
		createPost.setMapping(posts);
		delete.getMappings().clear();
		theProblem("DeleteTool 'delete'", Severity.ERROR, "applies to no mapping");
		delete.getMappings().add(posts);
		newPost.setReferenceName("");
		theProblem("CreateInstance #1 in CreateNodeTool 'createPost'", Severity.ERROR, "has no reference name");
		newPost.setReferenceName("posts");
		setName.setFeatureName(null);
		theProblem("SetValue #1 in CreateInstance #1 in CreateNodeTool 'createPost'", Severity.ERROR, "has no feature name");
	}

	@Test
	void filtersAndDecorationsNeedMappings() {
		hideVacant.getMappings().clear();
		theProblem("Filter 'hideVacant'", Severity.ERROR, "applies to no mapping");
		vacantMark.getMappings().clear();
		theProblem("Decoration 'vacantMark'", Severity.ERROR, "applies to no mapping");
	}

	@Test
	void conditionalStylesNeedAPredicateAndAFittingStyle() {
		vacant.setPredicate(null);
		theProblem("ConditionalStyle #1 in NodeMapping 'post'", Severity.ERROR, "has no predicate");
		vacant.setPredicate("self.vacant");
		vacant.setStyle(S.createEdgeStyle());
		theProblem("ConditionalStyle #1 in NodeMapping 'post'", Severity.ERROR, "its style does not fit NodeMapping 'post', which needs a NodeStyle");
		vacant.setStyle(null);
		theProblem("ConditionalStyle #1 in NodeMapping 'post'", Severity.ERROR, "has no style");
	}

	@Test
	void emfRulesAreFoldedIn() {
		description.getLayers().clear();
		theProblem("DiagramDescription 'teams'", Severity.ERROR, "layers");
	}
}
