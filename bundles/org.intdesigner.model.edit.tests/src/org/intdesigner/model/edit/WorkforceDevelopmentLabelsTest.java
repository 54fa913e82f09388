package org.intdesigner.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.intdesigner.model.Capability;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.Course;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.ProficiencyLevel;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.io.ModelIds;
import org.intdesigner.model.provider.IntdItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How a requirement for several people and a course read in the tree, and a course created in the Courses folder. */
class WorkforceDevelopmentLabelsTest {

	private final IntdFactory f = IntdFactory.eINSTANCE;
	private ComposedAdapterFactory adapters;
	private AdapterFactoryEditingDomain domain;
	private IntdModel model;
	private Capability frailty;

	@BeforeEach
	void setUp() {
		adapters = new ComposedAdapterFactory(new IntdItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapters, new BasicCommandStack(), new HashMap<>());
		ModelFiles.registerIntd(domain.getResourceSet());
		model = f.createIntdModel();
		frailty = f.createCapability();
		frailty.setName("Frailty assessment and management");
		model.getCapabilities().add(frailty);
		domain.getResourceSet().createResource(URI.createURI("memory:/courses.intd")).getContents().add(model);
		ModelIds.assignMissing(model);
	}

	private String label(Object object) {
		return ((IItemLabelProvider) adapters.adapt(object, IItemLabelProvider.class)).getText(object);
	}

	private Course cga() {
		Course course = f.createCourse();
		course.setName("CGA essentials");
		course.setCapability(frailty);
		course.setLevel(ProficiencyLevel.WORKING);
		course.setHours(14);
		course.setCost(250);
		course.setJoint(true);
		model.getCourses().add(course);
		return course;
	}

	@Test
	void aRequirementForMoreThanOnePersonSaysHowMany() {
		CapabilityLevel requirement = f.createCapabilityLevel();
		requirement.setCapability(frailty);
		requirement.setLevel(ProficiencyLevel.PRACTITIONER);
		assertEquals("Frailty assessment and management (practitioner)", label(requirement));
		requirement.setPeople(2);
		assertEquals("Frailty assessment and management (practitioner, 2 people)", label(requirement));
	}

	@Test
	void aCourseReadsAsWhatItTeachesInHowLongAndAtWhatCost() {
		Course course = cga();
		assertEquals("CGA essentials (Frailty assessment and management, working, 14 h, £250, joint)", label(course));
		course.setJoint(false);
		course.setHours(1.5);
		course.setCost(1000);
		assertEquals("CGA essentials (Frailty assessment and management, working, 1.5 h, £1,000)", label(course));
		course.setCost(0);
		course.setCapability(null);
		assertEquals("CGA essentials ((none), working, 1.5 h, free)", label(course));
	}

	@Test
	void choosingAnotherCapabilityRefreshesTheCoursesLabel() {
		Course course = cga();
		List<Notification> labelUpdates = new ArrayList<>();
		label(course); // adapts the course, so its provider hears of changes
		INotifyChangedListener listener = n -> {
			if (n instanceof org.eclipse.emf.edit.provider.IViewerNotification viewer && viewer.isLabelUpdate()
					&& n.getNotifier() == course) {
				labelUpdates.add(n);
			}
		};
		((IChangeNotifier) adapters).addListener(listener);
		Capability other = f.createCapability();
		model.getCapabilities().add(other);
		domain.getCommandStack().execute(SetCommand.create(domain, course, IntdPackage.Literals.COURSE__CAPABILITY, other));
		assertEquals(1, labelUpdates.size(), labelUpdates.toString());
	}

	@Test
	void theCoursesFolderOffersANewCourseThatGoesToTheModelWithAnId() {
		FeatureGroupItemProvider folder = FeatureGroupItemProvider.of(adapters, model, IntdPackage.Literals.INTD_MODEL__COURSES);
		Collection<?> descriptors = folder.getNewChildDescriptors(folder, domain, null);
		assertEquals(1, descriptors.size(), descriptors.toString());
		CommandParameter parameter = (CommandParameter) descriptors.iterator().next();
		assertTrue(parameter.getValue() instanceof Course);
		label(model); // adapts the model, so its provider hears of new courses
		List<Object> refreshed = new ArrayList<>();
		((IChangeNotifier) adapters).addListener(n -> {
			if (n instanceof org.eclipse.emf.edit.provider.IViewerNotification viewer) {
				refreshed.add(viewer.getElement());
			}
		});
		Command create = CreateChildCommand.create(domain, folder, parameter, List.of(folder));
		domain.getCommandStack().execute(create);
		assertEquals(1, model.getCourses().size());
		assertTrue(model.getCourses().get(0).getId() != null);
		assertEquals("Courses (1)", label(folder));
		assertTrue(refreshed.contains(folder), "the folder shows the new course and its count: " + refreshed);
		domain.getCommandStack().undo();
		assertEquals(0, model.getCourses().size());
	}
}
