package org.intdesigner.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.PayBand;
import org.intdesigner.model.Sector;
import org.intdesigner.model.TransitionWave;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.io.ModelIds;
import org.intdesigner.model.provider.IntdItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How pay bands and transition waves read in the tree, and their folders offering new ones and following the model. */
class PayTableLabelsTest {

	private final IntdFactory f = IntdFactory.eINSTANCE;
	private ComposedAdapterFactory adapters;
	private AdapterFactoryEditingDomain domain;
	private IntdModel model;

	@BeforeEach
	void setUp() {
		adapters = new ComposedAdapterFactory(new IntdItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapters, new BasicCommandStack(), new HashMap<>());
		ModelFiles.registerIntd(domain.getResourceSet());
		model = f.createIntdModel();
		domain.getResourceSet().createResource(URI.createURI("memory:/pay.intd")).getContents().add(model);
		ModelIds.assignMissing(model);
	}

	private String label(Object object) {
		return ((IItemLabelProvider) adapters.adapt(object, IItemLabelProvider.class)).getText(object);
	}

	@Test
	void aBandReadsAsAPayTableRowAndAWaveAsItsDateOwnerAndSize() {
		PayBand band = f.createPayBand();
		assertEquals("(no band): £0 a year", label(band));
		band.setScale("Agenda for Change (inner London HCAS)");
		band.setBand("AfC 6");
		band.setAnnualCost(70120);
		assertEquals("AfC 6, Agenda for Change (inner London HCAS): £70,120 a year", label(band));
		band.setSector(Sector.GENERAL_PRACTICE);
		assertEquals("AfC 6, Agenda for Change (inner London HCAS): £70,120 a year, general practice's scale", label(band),
				"general practice is a sector like the others, not the absence of one");

		TransitionWave wave = f.createTransitionWave();
		assertEquals("(no date) (unnamed transitionwave) (no owner, 0 elements)", label(wave));
		wave.setName("Wave 1: two MDTs");
		wave.setEffectiveDate("2026-07-01");
		wave.setOwner("Docklands INT lead");
		wave.getElementIds().addAll(List.of("a", "b"));
		assertEquals("2026-07-01 Wave 1: two MDTs (Docklands INT lead, 2 elements)", label(wave));
	}

	@Test
	void theFoldersOfferANewBandAndANewWaveAndShowTheirCount() {
		for (EReference list : List.of(IntdPackage.Literals.INTD_MODEL__PAY_BANDS, IntdPackage.Literals.INTD_MODEL__TRANSITION_WAVES)) {
			FeatureGroupItemProvider folder = FeatureGroupItemProvider.of(adapters, model, list);
			Collection<?> descriptors = folder.getNewChildDescriptors(folder, domain, null);
			assertEquals(1, descriptors.size(), descriptors.toString());
			label(model); // adapts the model, so its provider hears of new children
			List<Object> refreshed = new ArrayList<>();
			((IChangeNotifier) adapters).addListener(n -> {
				if (n instanceof org.eclipse.emf.edit.provider.IViewerNotification viewer) {
					refreshed.add(viewer.getElement());
				}
			});
			Command create = CreateChildCommand.create(domain, folder, (CommandParameter) descriptors.iterator().next(),
					List.of(folder));
			domain.getCommandStack().execute(create);
			assertEquals(1, ((List<?>) model.eGet(list)).size());
			assertTrue(label(folder).endsWith(" (1)"), label(folder));
			assertTrue(refreshed.contains(folder), "the folder shows the new child and its count: " + refreshed);
		}
		assertEquals("Pay Table (1)", label(FeatureGroupItemProvider.of(adapters, model, IntdPackage.Literals.INTD_MODEL__PAY_BANDS)));
	}
}
