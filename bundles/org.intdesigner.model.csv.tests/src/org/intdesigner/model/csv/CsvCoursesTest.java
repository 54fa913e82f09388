package org.intdesigner.model.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.Capability;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.Course;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.ProficiencyLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workforce development in the CSV bundle: the course catalogue ({@code courses.csv}), generalist capabilities and
 * how many people a team's requirement asks for. Bad rows are named by file, row and column, and nothing is imported.
 */
class CsvCoursesTest {

	@TempDir
	Path temp;

	/** The planner's bundle with two capabilities, a team requirement for two people and two courses. */
	private Path folder() throws IOException {
		Path folder = PlannerFolder.write(temp.resolve("in"));
		PlannerFolder.file(folder, "capabilities.csv", """
				id,name,category,generalist
				frailty,Frailty assessment and management,clinical,
				boundary,Working across organisational boundaries,generalist,TRUE
				""");
		PlannerFolder.file(folder, "capability_levels.csv", """
				owner_id,capability_id,level,people
				T2,frailty,practitioner,2
				T1,boundary,3,
				R1,frailty,expert,
				""");
		PlannerFolder.file(folder, "courses.csv", """
				id,name,capability_id,level,hours,cost,provider,joint
				cga,CGA essentials,frailty,working,14,250,British Geriatrics Society,true
				across,Leading across boundaries,boundary,practitioner,21.5,0,,
				""");
		return folder;
	}

	private List<String> problems(Path folder) {
		CsvImportException e = assertThrows(CsvImportException.class, () -> CsvImporter.importFolder(folder));
		assertTrue(e.getMessage().startsWith("Nothing was imported from " + folder), e.getMessage());
		return e.getProblems().stream().map(CsvProblem::toString).toList();
	}

	@Test
	void coursesGeneralistCapabilitiesAndPeopleAreImported() throws IOException {
		IntdModel model = CsvImporter.importFolder(folder());
		Capability frailty = model.getCapabilities().get(0);
		assertFalse(frailty.isGeneralist(), "an empty cell leaves the default");
		assertTrue(model.getCapabilities().get(1).isGeneralist());

		CapabilityLevel mdtNeeds = model.getTeams().get(0).getSubTeams().get(0).getRequiredCapabilities().get(0);
		assertSame(frailty, mdtNeeds.getCapability());
		assertEquals(2, mdtNeeds.getPeople());
		CapabilityLevel coreNeeds = model.getTeams().get(0).getRequiredCapabilities().get(0);
		assertEquals(ProficiencyLevel.PRACTITIONER, coreNeeds.getLevel(), "a level may be given by its number");
		assertEquals(1, coreNeeds.getPeople(), "a requirement is for one person unless it says more");

		assertEquals(List.of("cga", "across"), model.getCourses().stream().map(Course::getCode).toList());
		Course cga = model.getCourses().get(0);
		assertEquals("CGA essentials", cga.getName());
		assertSame(frailty, cga.getCapability());
		assertEquals(ProficiencyLevel.WORKING, cga.getLevel());
		assertEquals(14.0, cga.getHours());
		assertEquals(250.0, cga.getCost());
		assertEquals("British Geriatrics Society", cga.getProvider());
		assertTrue(cga.isJoint());
		Course across = model.getCourses().get(1);
		assertEquals(21.5, across.getHours());
		assertFalse(across.isJoint());
		assertEquals(null, across.getProvider());
	}

	@Test
	void exportWritesThemBackAndImportGivesTheSameModel() throws IOException {
		IntdModel model = CsvImporter.importFolder(folder());
		Path out = temp.resolve("out");
		CsvExporter.export(model, out);
		List<String> courses = Files.readAllLines(out.resolve("courses.csv"));
		assertEquals("id,name,capability_id,level,hours,cost,provider,joint", courses.get(0));
		assertEquals("cga,CGA essentials,frailty,working,14,250,British Geriatrics Society,true", courses.get(1));
		assertEquals("across,Leading across boundaries,boundary,practitioner,21.5,0,,false", courses.get(2));
		assertTrue(Files.readString(out.resolve("capability_levels.csv")).startsWith("owner_id,capability_id,level,people"));
		assertTrue(Files.readString(out.resolve("capabilities.csv")).contains("boundary,Working across organisational"
				+ " boundaries,generalist,true"));
		assertTrue(new EcoreUtil.EqualityHelper().equals(model, CsvImporter.importFolder(out)));
	}

	@Test
	void aFileWithoutTheOptionalColumnsStillImports() throws IOException {
		Path folder = folder();
		PlannerFolder.file(folder, "capabilities.csv", """
				id,name,category
				frailty,Frailty assessment and management,clinical
				boundary,Working across organisational boundaries,generalist
				""");
		PlannerFolder.file(folder, "capability_levels.csv", """
				owner_id,capability_id,level
				T2,frailty,practitioner
				""");
		PlannerFolder.file(folder, "courses.csv", """
				id,name,capability_id,level,hours,cost
				cga,CGA essentials,frailty,working,14,250
				""");
		IntdModel model = CsvImporter.importFolder(folder);
		assertEquals(1, model.getTeams().get(0).getSubTeams().get(0).getRequiredCapabilities().get(0).getPeople());
		assertFalse(model.getCourses().get(0).isJoint());
	}

	@Test
	void aLevelOutsideTheScaleIsRefused() throws IOException {
		Path folder = folder();
		PlannerFolder.file(folder, "courses.csv", """
				id,name,capability_id,level,hours,cost,provider,joint
				cga,CGA essentials,frailty,5,14,250,,
				""");
		PlannerFolder.file(folder, "capability_levels.csv", """
				owner_id,capability_id,level,people
				T2,frailty,master,2
				""");
		assertEquals(List.of("capability_levels.csv row 2, column level: 'master' is outside the proficiency scale: give one"
				+ " of 1 awareness, 2 working, 3 practitioner, 4 expert",
				"courses.csv row 2, column level: '5' is outside the proficiency scale: give one of 1 awareness, 2 working,"
						+ " 3 practitioner, 4 expert"), problems(folder));
	}

	@Test
	void anUnknownCapabilityIsRefused() throws IOException {
		Path folder = folder();
		PlannerFolder.file(folder, "courses.csv", """
				id,name,capability_id,level,hours,cost,provider,joint
				cga,CGA essentials,frailty-care,working,14,250,,
				""");
		assertEquals(List.of("courses.csv row 2, column capability_id: no Capability has the id 'frailty-care'"),
				problems(folder));
	}

	@Test
	void aRequirementOfNoPeopleIsRefused() throws IOException {
		Path folder = folder();
		PlannerFolder.file(folder, "capability_levels.csv", """
				owner_id,capability_id,level,people
				T2,frailty,practitioner,0
				T1,boundary,working,-2
				""");
		assertEquals(List.of("capability_levels.csv row 2, column people: '0' asks for nobody; a requirement is for 1"
				+ " person or more (2 where a rota needs cover)", "capability_levels.csv row 3, column people: '-2' asks for"
						+ " nobody; a requirement is for 1 person or more (2 where a rota needs cover)"), problems(folder));
	}

	@Test
	void negativeHoursOrCostAreRefused() throws IOException {
		Path folder = folder();
		PlannerFolder.file(folder, "courses.csv", """
				id,name,capability_id,level,hours,cost,provider,joint
				cga,CGA essentials,frailty,working,-14,250,,
				across,Leading across boundaries,boundary,practitioner,7,-0.5,,
				""");
		assertEquals(List.of("courses.csv row 2, column hours: '-14' is negative; it counts something, so it is 0 or more",
				"courses.csv row 3, column cost: '-0.5' is negative; it counts something, so it is 0 or more"),
				problems(folder));
	}

	@Test
	void aCourseWithoutACapabilityOrLevelIsRefused() throws IOException {
		Path folder = folder();
		PlannerFolder.file(folder, "courses.csv", """
				id,name,capability_id,level,hours,cost,provider,joint
				cga,CGA essentials,,working,14,250,,
				across,Leading across boundaries,boundary,,7,0,,
				""");
		assertEquals(List.of("courses.csv row 2, column capability_id: empty: every row of courses.csv needs its capability_id",
				"courses.csv row 3, column level: empty: every row of courses.csv needs its level"), problems(folder));
	}

	@Test
	void aCoursesFileWithoutItsColumnsIsRefused() throws IOException {
		Path folder = folder();
		PlannerFolder.file(folder, "courses.csv", """
				id,name,capability,level
				cga,CGA essentials,frailty,working
				""");
		List<String> problems = problems(folder);
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).startsWith("courses.csv row 1, column capability_id, hours, cost: missing column(s)"),
				problems.toString());
	}
}
