package org.intdesigner.diagram.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.intdesigner.diagram.expressions.Expressions;
import org.intdesigner.diagram.spec.ChangeContext;
import org.intdesigner.diagram.spec.CreateEdgeTool;
import org.intdesigner.diagram.spec.CreateInstance;
import org.intdesigner.diagram.spec.CreateNodeTool;
import org.intdesigner.diagram.spec.DiagramSpecFactory;
import org.intdesigner.diagram.spec.DirectEditTool;
import org.intdesigner.diagram.spec.Operation;
import org.intdesigner.diagram.spec.ReparentTool;
import org.intdesigner.diagram.spec.SetValue;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.Role;
import org.intdesigner.model.Team;
import org.junit.jupiter.api.Test;

/**
 * Tools on a small INT design held by an editing domain, as the diagram editor uses them: each
 * tool use is one command on the domain's stack, undone and redone as a whole. In the INT model
 * posts live in the design's root and work in teams through allocations, so "a post in a team"
 * is a post of the root with an allocation to the team.
 */
class ToolCommandsTest {

	private static final DiagramSpecFactory S = DiagramSpecFactory.eINSTANCE;
	private static final IntdFactory M = IntdFactory.eINSTANCE;

	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
			new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
	private final BasicCommandStack stack = (BasicCommandStack) domain.getCommandStack();
	private final ToolCommands tools = new ToolCommands(domain, new Expressions());

	private final IntdModel model = M.createIntdModel();
	private final Team core = team("Core");
	private final Team mdt = team("Frailty MDT");
	private final Team community = team("Community");
	private final Post lead = post("Lead", core);
	private final Post worker = post("Link worker", core);

	ToolCommandsTest() {
		core.getSubTeams().add(mdt);
		model.getTeams().add(core);
		model.getTeams().add(community);
		core.setLead(lead);
		worker.setLineManager(lead);
		Resource resource = new ResourceImpl(URI.createURI("memory:/tools.intd"));
		resource.getContents().add(model);
		domain.getResourceSet().getResources().add(resource);
	}

	@Test
	void createNodeMakesAPostInTheTeamClickedAndUndoAndRedoIt() {
		CreateNodeTool tool = S.createCreateNodeTool();
		tool.setName("post");
		tool.setLabel("New post");
		tool.getOperations().add(changeContext("root",
				createInstance("Post", "posts",
						setValue("name", "'Post ' + root.posts.size()"),
						createInstance("Allocation", "allocations",
								setValue("team", "container"),
								setValue("fte", "0.5")))));

		ToolCommand command = tools.createNode(tool, core);
		assertTrue(command.canExecute(), command.getProblem());
		stack.execute(command);

		Post created = (Post) command.getAffectedObjects().iterator().next();
		assertEquals(List.of(created), List.copyOf(command.getAffectedObjects()), "the post, not its allocation, to select");
		assertEquals("Post 3", created.getName(), "evaluated after the post was added");
		Allocation allocation = created.getAllocations().get(0);
		assertSame(core, allocation.getTeam());
		assertEquals(0.5, allocation.getFte());
		assertEquals("New post", stack.getUndoCommand().getLabel());

		stack.undo();
		assertEquals(List.of(lead, worker), model.getPosts());
		assertEquals(List.of(core), List.copyOf(command.getAffectedObjects()));

		stack.redo();
		assertEquals(List.of(lead, worker, created), model.getPosts());
		assertEquals("Post 3", created.getName());
		assertSame(allocation, created.getAllocations().get(0));
		assertSame(core, allocation.getTeam());
	}

	@Test
	void createNodeOnTheDiagramRootCreatesInItsContainment() {
		CreateNodeTool tool = S.createCreateNodeTool();
		tool.setName("post");
		tool.getOperations().add(createInstance("Post", "posts", setValue("name", "'Care coordinator'")));

		stack.execute(tools.createNode(tool, model));

		assertEquals(3, model.getPosts().size());
		assertEquals("Care coordinator", model.getPosts().get(2).getName());
		stack.undo();
		assertEquals(2, model.getPosts().size());
	}

	@Test
	void createEdgeSetsAReferenceFromSourceToTarget() {
		Post coordinator = post("Coordinator", community);
		CreateEdgeTool tool = lineManagementTool();

		ToolCommand command = tools.createEdge(tool, coordinator, lead);
		stack.execute(command);
		assertSame(lead, coordinator.getLineManager());
		assertEquals(List.of(coordinator), List.copyOf(command.getAffectedObjects()));

		stack.undo();
		assertNull(coordinator.getLineManager());
		stack.redo();
		assertSame(lead, coordinator.getLineManager());
	}

	@Test
	void aFailingPreconditionMakesTheToolUnusableAndSaysWhy() {
		ToolCommand command = tools.createEdge(lineManagementTool(), lead, lead);

		assertFalse(command.canExecute());
		assertTrue(command.getProblem().contains("self != target"), command.getProblem());
		stack.execute(command);
		assertNull(lead.getLineManager());
		assertFalse(stack.canUndo());
	}

	@Test
	void aReadOnlyModelCannotBeChanged() {
		domain.setResourceToReadOnlyMap(new HashMap<>(Map.of(model.eResource(), true)));

		ToolCommand command = tools.delete(lead);
		assertFalse(command.canExecute());
		assertTrue(command.getProblem().endsWith("is read-only"), command.getProblem());
	}

	@Test
	void directEditRenamesByDefaultOrRunsTheToolsOperations() {
		stack.execute(tools.directEdit(mdt, "Frailty team"));
		assertEquals("Frailty team", mdt.getName());
		stack.undo();
		assertEquals("Frailty MDT", mdt.getName());

		DirectEditTool holder = S.createDirectEditTool();
		holder.setName("holder");
		holder.getOperations().add(setValue("holder", "newLabel.trim()"));
		stack.execute(tools.directEdit(holder, worker, "  J. Smith "));
		assertEquals("J. Smith", worker.getHolder());
		assertEquals("Link worker", worker.getName());

		assertFalse(tools.directEdit(worker.getAllocations().get(0), "x").canExecute(), "an allocation has no name");
	}

	@Test
	void toolsWorkOnModelsInNoResource() {
		Role role = M.createRole();
		role.setName("Link worker");

		stack.execute(tools.directEdit(role, "Social prescribing link worker"));
		assertEquals("Social prescribing link worker", role.getName());
		stack.undo();
		assertEquals("Link worker", role.getName());
	}

	@Test
	void defaultDeleteRemovesThePostAndEveryReferenceToItAndUndoRestoresThem() {
		ToolCommand command = tools.delete(lead);
		stack.execute(command);

		assertEquals(List.of(worker), model.getPosts());
		assertNull(worker.getLineManager());
		assertNull(core.getLead());
		assertEquals(List.of(model), List.copyOf(command.getAffectedObjects()));

		stack.undo();
		assertEquals(List.of(lead, worker), model.getPosts());
		assertSame(lead, worker.getLineManager());
		assertSame(lead, core.getLead());

		stack.redo();
		assertEquals(List.of(worker), model.getPosts());
		assertNull(worker.getLineManager());
	}

	@Test
	void defaultReparentMovesIntoTheContainmentThatAcceptsTheElement() {
		stack.execute(tools.reparent(mdt, community));
		assertEquals(List.of(mdt), community.getSubTeams());
		assertTrue(core.getSubTeams().isEmpty());

		stack.undo();
		assertEquals(List.of(mdt), core.getSubTeams());
		assertTrue(community.getSubTeams().isEmpty());

		assertFalse(tools.reparent(core, mdt).canExecute(), "not into itself");
		assertFalse(tools.reparent(mdt, core).canExecute(), "it is there already");
		ToolCommand postIntoTeam = tools.reparent(lead, community);
		assertFalse(postIntoTeam.canExecute());
		assertTrue(postIntoTeam.getProblem().contains("cannot hold a Post"), postIntoTeam.getProblem());
	}

	@Test
	void reparentToolMovesAPostToAnotherTeam() {
		ReparentTool tool = S.createReparentTool();
		tool.setName("move post");
		tool.setPrecondition("newContainer =~ root.teams");
		tool.getOperations().add(changeContext("self.allocations", setValue("team", "newContainer")));

		ToolCommand command = tools.reparent(tool, worker, community);
		assertTrue(command.canExecute(), command.getProblem());
		stack.execute(command);
		assertSame(community, worker.getAllocations().get(0).getTeam());

		stack.undo();
		assertSame(core, worker.getAllocations().get(0).getTeam());
		assertFalse(tools.reparent(tool, worker, model).canExecute(), "the precondition sees newContainer");
	}

	@Test
	void aFailingExpressionLeavesTheModelUnchangedAndNamesToolAndExpression() {
		CreateNodeTool tool = S.createCreateNodeTool();
		tool.setName("broken");
		tool.getOperations().add(createInstance("Post", "posts",
				setValue("name", "'Half made'"),
				setValue("band", "self.nosuchFeature")));

		ToolCommand command = tools.createNode(tool, model);
		assertTrue(command.canExecute());
		ToolException failure = assertThrows(ToolException.class, command::execute);
		assertEquals("broken", failure.getToolName());
		assertEquals("self.nosuchFeature", failure.getExpression());
		assertTrue(failure.getMessage().startsWith("Tool 'broken': 'self.nosuchFeature'"), failure.getMessage());
		assertEquals(List.of(lead, worker), model.getPosts());

		stack.execute(tools.createNode(tool, model));
		assertEquals(List.of(lead, worker), model.getPosts());
		assertFalse(stack.canUndo(), "a failed tool is not on the stack");
	}

	private CreateEdgeTool lineManagementTool() {
		CreateEdgeTool tool = S.createCreateEdgeTool();
		tool.setName("line manager");
		tool.setPrecondition("self != target");
		tool.getOperations().add(setValue("lineManager", "target"));
		return tool;
	}

	private static Team team(String name) {
		Team team = M.createTeam();
		team.setName(name);
		return team;
	}

	private Post post(String name, Team team) {
		Post post = M.createPost();
		post.setName(name);
		Allocation allocation = M.createAllocation();
		allocation.setTeam(team);
		allocation.setFte(1.0);
		post.getAllocations().add(allocation);
		model.getPosts().add(post);
		return post;
	}

	private static CreateInstance createInstance(String type, String reference, Operation... subOperations) {
		CreateInstance create = S.createCreateInstance();
		create.setTypeName(type);
		create.setReferenceName(reference);
		create.getSubOperations().addAll(List.of(subOperations));
		return create;
	}

	private static SetValue setValue(String feature, String expression, Operation... subOperations) {
		SetValue set = S.createSetValue();
		set.setFeatureName(feature);
		set.setValueExpression(expression);
		set.getSubOperations().addAll(List.of(subOperations));
		return set;
	}

	private static ChangeContext changeContext(String expression, Operation... subOperations) {
		ChangeContext change = S.createChangeContext();
		change.setExpression(expression);
		change.getSubOperations().addAll(List.of(subOperations));
		return change;
	}
}
