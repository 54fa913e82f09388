package org.intdesigner.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.io.ModelIds;
import org.intdesigner.model.provider.IntdItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Item providers as the editors use them: labels, folders, new children, copies, moves. */
class EditingTest {

	private final IntdFactory f = IntdFactory.eINSTANCE;
	private ComposedAdapterFactory adapters;
	private AdapterFactoryEditingDomain domain;
	private IntdModel model;
	private Team core;
	private Post lead;

	@BeforeEach
	void setUp() {
		adapters = new ComposedAdapterFactory(new IntdItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapters, new BasicCommandStack(), new HashMap<>());
		ModelFiles.registerIntd(domain.getResourceSet());
		Resource resource = domain.getResourceSet().createResource(URI.createURI("memory:/test.intd"));
		model = f.createIntdModel();
		model.setName("Editing");
		core = f.createTeam();
		core.setName("Core team");
		lead = f.createPost();
		lead.setName("Lead");
		lead.setHolder("A. Person");
		core.setLead(lead);
		model.getTeams().add(core);
		model.getPosts().add(lead);
		resource.getContents().add(model);
		ModelIds.assignMissing(model);
	}

	private String label(Object object) {
		return ((IItemLabelProvider) adapters.adapt(object, IItemLabelProvider.class)).getText(object);
	}

	private FeatureGroupItemProvider folder(org.eclipse.emf.ecore.EReference feature) {
		return FeatureGroupItemProvider.of(adapters, model, feature);
	}

	@Test
	void labelsSayWhatThingsAre() {
		Allocation allocation = f.createAllocation();
		allocation.setTeam(core);
		allocation.setFte(0.5);
		RaciAssignment raci = f.createRaciAssignment();
		raci.setParty(lead);
		raci.setCode(RaciCode.A);
		Post vacancy = f.createPost();
		vacancy.setName("Link worker");
		assertEquals("0.5 FTE in Core team", label(allocation));
		assertEquals("A: Lead", label(raci));
		assertEquals("Lead (A. Person)", label(lead));
		assertEquals("Link worker (vacant)", label(vacancy));
		assertEquals("(unnamed team)", label(f.createTeam()));
	}

	@Test
	void theRootShowsOneFolderPerListAndChildrenKnowTheirFolder() {
		ITreeItemContentProvider root = (ITreeItemContentProvider) adapters.adapt(model, ITreeItemContentProvider.class);
		Collection<?> children = root.getChildren(model);
		assertTrue(children.contains(folder(IntdPackage.Literals.INTD_MODEL__TEAMS)), children.toString());
		assertTrue(children.stream().allMatch(FeatureGroupItemProvider.class::isInstance));
		assertEquals("Teams (1)", label(folder(IntdPackage.Literals.INTD_MODEL__TEAMS)));
		ITreeItemContentProvider teamProvider = (ITreeItemContentProvider) adapters.adapt(core, ITreeItemContentProvider.class);
		assertSame(folder(IntdPackage.Literals.INTD_MODEL__TEAMS), teamProvider.getParent(core));
	}

	@Test
	void aNewChildInAFolderGoesToTheModelWithAnId() {
		FeatureGroupItemProvider teams = folder(IntdPackage.Literals.INTD_MODEL__TEAMS);
		Collection<?> descriptors = domain.getNewChildDescriptors(teams, null);
		assertEquals(1, descriptors.size());
		assertEquals(IntdPackage.Literals.INTD_MODEL__TEAMS, ((CommandParameter) descriptors.iterator().next()).getFeature());
		Command create = CreateChildCommand.create(domain, teams, descriptors.iterator().next(), List.of(teams));
		domain.getCommandStack().execute(create);
		assertEquals(2, model.getTeams().size());
		assertNotNull(model.getTeams().get(1).getId());
		domain.getCommandStack().undo();
		assertEquals(1, model.getTeams().size());
	}

	@Test
	void pastedCopiesGetNewIdsButMovesKeepTheirs() {
		String coreId = core.getId();
		domain.getCommandStack().execute(CopyToClipboardCommand.create(domain, List.of(core)));
		domain.getCommandStack().execute(PasteFromClipboardCommand.create(domain, model, null));
		domain.getCommandStack().execute(PasteFromClipboardCommand.create(domain, model, null));
		List<String> ids = new ArrayList<>();
		model.getTeams().forEach(t -> ids.add(t.getId()));
		assertEquals(3, ids.stream().distinct().count(), ids.toString());
		assertEquals(coreId, core.getId());
		Team copy = model.getTeams().get(1);
		String copyId = copy.getId();
		domain.getCommandStack().execute(DragAndDropCommand.create(domain, core, 0.5f, DragAndDropCommand.DROP_MOVE,
				DragAndDropCommand.DROP_MOVE, List.of(copy)));
		assertEquals(List.of(copy), core.getSubTeams());
		assertEquals(copyId, copy.getId());
		assertNotEquals(coreId, copyId);
	}
}
