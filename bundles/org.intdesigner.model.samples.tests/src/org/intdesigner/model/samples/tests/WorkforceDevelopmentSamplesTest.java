package org.intdesigner.model.samples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.intdesigner.model.Capability;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.Course;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.ModelIntegrity;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.model.samples.SyntheticModels;
import org.intdesigner.model.samples.SyntheticModels.Scale;
import org.junit.jupiter.api.Test;

/** The example place's and synthetic models' generalist capabilities, course catalogue and requirements for cover. */
class WorkforceDevelopmentSamplesTest {

	private final IntdModel model = ExamplePlace.create();

	private static List<CapabilityLevel> requirements(IntdModel model) {
		List<CapabilityLevel> all = new ArrayList<>();
		ExamplePlaceTest.allTeams(model).forEach(t -> all.addAll(t.getRequiredCapabilities()));
		return all;
	}

	@Test
	void theSeedsFourGeneralistCapabilitiesAreMarked() {
		Set<String> generalist = model.getCapabilities().stream().filter(Capability::isGeneralist).map(Capability::getCode)
				.collect(Collectors.toSet());
		assertEquals(Set.of("boundary", "phm", "qi", "psychosocial"), generalist);
	}

	@Test
	void theCatalogueHasARealisticCourseForMostCapabilities() {
		List<Course> courses = model.getCourses();
		assertTrue(courses.size() >= 15 && courses.size() <= 30, courses.size() + " courses");
		for (Course course : courses) {
			assertNotNull(course.getCapability(), course.getName());
			assertTrue(model.getCapabilities().contains(course.getCapability()), course.getName());
			assertTrue(course.getHours() > 0 && course.getHours() <= 60, course.getName() + " takes " + course.getHours());
			assertTrue(course.getCost() >= 0 && course.getCost() <= 1500, course.getName() + " costs " + course.getCost());
			assertFalse(course.getProvider() == null || course.getProvider().isBlank(), course.getName());
		}
		long joint = courses.stream().filter(Course::isJoint).count();
		assertTrue(joint >= 5 && joint < courses.size(), joint + " joint courses");
		Set<Capability> taught = courses.stream().map(Course::getCapability).collect(Collectors.toSet());
		for (String code : List.of("frailty", "safeadults", "safechildren", "wound", "coordination", "socialrx", "coaching",
				"qi", "phm", "leadership", "mh", "psychosocial", "eol", "boundary")) {
			assertTrue(taught.stream().anyMatch(c -> c.getCode().equals(code)), "a course teaches " + code);
		}
		Course cga = courses.stream().filter(c -> "cga".equals(c.getCode())).findFirst().orElseThrow();
		assertEquals("frailty", cga.getCapability().getCode());
		assertEquals(14.0, cga.getHours());
		assertEquals(250.0, cga.getCost());
		assertTrue(cga.isJoint());
	}

	@Test
	void eachCourseHasACodeNoOtherElementHas() {
		// a CSV export names an element by its code only where the code is unique
		Map<String, Long> codes = new java.util.HashMap<>();
		model.eAllContents().forEachRemaining(o -> {
			if (o instanceof org.intdesigner.model.Element element && element.getCode() != null) {
				codes.merge(element.getCode(), 1L, Long::sum);
			}
		});
		for (Course course : model.getCourses()) {
			assertEquals(1L, codes.get(course.getCode()), course.getCode());
		}
	}

	@Test
	void rotasThatNeedCoverAskForTwoPeopleAndTheRestForOne() {
		Map<Integer, Long> byPeople = requirements(model).stream()
				.collect(Collectors.groupingBy(CapabilityLevel::getPeople, Collectors.counting()));
		assertEquals(Set.of(1, 2), byPeople.keySet());
		assertTrue(byPeople.get(1) > byPeople.get(2), "most requirements are for one person: " + byPeople);
		Team frailtyMdt = ExamplePlaceTest.allTeams(model).stream().filter(t -> "north-frailty".equals(t.getCode()))
				.findFirst().orElseThrow();
		Map<String, Integer> people = frailtyMdt.getRequiredCapabilities().stream()
				.collect(Collectors.toMap(r -> r.getCapability().getCode(), CapabilityLevel::getPeople));
		assertEquals(Map.of("frailty", 2, "rehab", 1, "eol", 2), people);
	}

	@Test
	void theExampleIsCleanForTheLoadTimeCheck() {
		assertEquals(List.of(), ModelIntegrity.check(model).problems());
	}

	@Test
	void syntheticModelsHaveTheCatalogueAndSomeRequirementsForTwo() {
		IntdModel synthetic = SyntheticModels.generate(Scale.SMALL, 42);
		assertEquals(model.getCourses().size(), synthetic.getCourses().size());
		assertEquals(4, synthetic.getCapabilities().stream().filter(Capability::isGeneralist).count());
		List<CapabilityLevel> requirements = requirements(synthetic);
		long forTwo = requirements.stream().filter(r -> r.getPeople() == 2).count();
		assertTrue(forTwo > 0 && forTwo < requirements.size() / 2, forTwo + " of " + requirements.size());
		assertTrue(requirements.stream().allMatch(r -> r.getPeople() >= 1));
	}
}
