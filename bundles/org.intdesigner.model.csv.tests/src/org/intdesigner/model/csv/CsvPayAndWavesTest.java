package org.intdesigner.model.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.PayBand;
import org.intdesigner.model.Post;
import org.intdesigner.model.Sector;
import org.intdesigner.model.TransitionWave;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExampleScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pay table ({@code pay_bands.csv}) and a scenario's transition waves ({@code transition_waves.csv}) in the CSV
 * bundle: read, written back to the same model, and bad rows refused by file, row and column with nothing imported.
 * A wave names elements by their ids in the files (codes) or by permanent ids; an id no row has is kept, since a wave
 * names elements the scenario removed.
 */
class CsvPayAndWavesTest {

	private static final String REMOVED = "3f2c5e1a-0b7d-4c1e-9a2f-5d6e7f8a9b0c";

	@TempDir
	Path temp;

	private Path folder() throws IOException {
		Path folder = PlannerFolder.write(temp.resolve("in"));
		PlannerFolder.file(folder, "pay_bands.csv", """
				scale,band,annual_cost,sector,name
				Agenda for Change,4,41500,community health,
				Agenda for Change,6,70120,,Band 6
				Charity own scale,Grade 3,35250,VCFSE,
				""");
		PlannerFolder.file(folder, "transition_waves.csv", """
				name,effective_date,owner,reason,element_ids
				Wave 1,2026-07-01,Docklands INT lead,Two MDTs,S2; T2;%s
				Wave 2,2026-10-01,,,
				""".formatted(REMOVED));
		return folder;
	}

	private List<String> problems(Path folder) {
		CsvImportException e = assertThrows(CsvImportException.class, () -> CsvImporter.importFolder(folder));
		assertTrue(e.getMessage().startsWith("Nothing was imported from " + folder), e.getMessage());
		return e.getProblems().stream().map(CsvProblem::toString).toList();
	}

	@Test
	void payBandsAndWavesAreImported() throws IOException {
		IntdModel model = CsvImporter.importFolder(folder());
		assertEquals(3, model.getPayBands().size());
		PayBand band4 = model.getPayBands().get(0);
		assertEquals("Agenda for Change", band4.getScale());
		assertEquals("4", band4.getBand());
		assertEquals(41_500, band4.getAnnualCost());
		assertEquals(Sector.COMMUNITY_HEALTH, band4.getSector());
		assertFalse(model.getPayBands().get(1).eIsSet(IntdPackage.Literals.PAY_BAND__SECTOR), "no sector: a scale of no sector");
		assertEquals("Band 6", model.getPayBands().get(1).getName());

		TransitionWave wave = model.getTransitionWaves().get(0);
		assertEquals("2026-07-01", wave.getEffectiveDate());
		assertEquals("Docklands INT lead", wave.getOwner());
		Post s2 = model.getPosts().get(1);
		assertEquals(List.of(s2.getId(), model.getTeams().get(0).getSubTeams().get(0).getId(), REMOVED), wave.getElementIds(),
				"codes become the elements' permanent ids; an id of no row is kept");
		assertTrue(model.getTransitionWaves().get(1).getElementIds().isEmpty());
	}

	@Test
	void exportWritesThemBackAndImportGivesTheSameModel() throws IOException {
		IntdModel model = CsvImporter.importFolder(folder());
		Path out = temp.resolve("out");
		CsvExporter.export(model, out);
		List<String> bands = Files.readAllLines(out.resolve("pay_bands.csv"));
		assertTrue(bands.get(0).startsWith("scale,band,annual_cost,sector,name,id"), bands.get(0));
		assertTrue(bands.get(1).startsWith("Agenda for Change,4,41500,community_health,,"), bands.get(1));
		assertTrue(bands.get(2).startsWith("Agenda for Change,6,70120,,Band 6,"), "an unset sector stays empty: " + bands.get(2));
		List<String> waves = Files.readAllLines(out.resolve("transition_waves.csv"));
		assertTrue(waves.get(0).startsWith("name,effective_date,owner,reason,element_ids"), waves.get(0));
		assertTrue(waves.get(1).startsWith("Wave 1,2026-07-01,Docklands INT lead,Two MDTs,S2; T2; " + REMOVED + ","),
				"elements by their codes, as the other files name them: " + waves.get(1));
		assertTrue(new EcoreUtil.EqualityHelper().equals(model, CsvImporter.importFolder(out)));
	}

	@Test
	void aNegativeCostOrAnUnknownSectorIsRefused() throws IOException {
		Path folder = folder();
		PlannerFolder.file(folder, "pay_bands.csv", """
				scale,band,annual_cost,sector
				Agenda for Change,4,-41500,community health
				Agenda for Change,5,45000,health
				Agenda for Change,,45000,
				""");
		assertEquals(List.of("pay_bands.csv row 2, column annual_cost: '-41500' is negative; it counts something, so it is"
				+ " 0 or more", "pay_bands.csv row 3, column sector: 'health' is not one of: general_practice,"
						+ " community_health, mental_health, acute, social_care, childrens_services, community_pharmacy, vcfse,"
						+ " volunteers, informal_carers, other", "pay_bands.csv row 4, column band: empty: every row of"
								+ " pay_bands.csv needs its band"), problems(folder));
	}

	@Test
	void aDateNotIsoOrAnEmptyIdIsRefused() throws IOException {
		Path folder = folder();
		PlannerFolder.file(folder, "transition_waves.csv", """
				name,effective_date,owner,reason,element_ids
				Wave 1,01/07/2026,,,S2
				Wave 2,2026-10-01,,,S2;;T2
				Wave 3,2027-02-30,,,T2;
				Wave 4,,,,T2
				""");
		assertEquals(List.of("transition_waves.csv row 2, column effective_date: '01/07/2026' is not a date as yyyy-mm-dd"
				+ " (ISO 8601): write 1 July 2026 as 2026-07-01",
				"transition_waves.csv row 3, column element_ids: an empty item in 'S2;;T2': separate the ids with ';' and"
						+ " leave no item empty (a ';' at the end or two together)",
				"transition_waves.csv row 4, column effective_date: '2027-02-30' is not a date as yyyy-mm-dd (ISO 8601):"
						+ " write 1 July 2026 as 2026-07-01",
				"transition_waves.csv row 4, column element_ids: an empty item in 'T2;': separate the ids with ';' and"
						+ " leave no item empty (a ';' at the end or two together)",
				"transition_waves.csv row 5, column effective_date: empty: every row of transition_waves.csv needs its"
						+ " effective_date"), problems(folder));
	}

	/** The shipped scenario: its waves name removed elements (kept as ids) and present ones (written by code). */
	@Test
	void theExampleScenarioGoesThroughCsvUnchanged() throws IOException {
		IntdModel scenario = ExampleScenario.create(Path.of("riverside.intd"), Path.of("riverside-docklands-two-mdts.intd"));
		scenario.setFormatVersion(ModelFiles.FORMAT_VERSION);
		Path out = temp.resolve("scenario");
		CsvExporter.export(scenario, out);
		String waves = Files.readString(out.resolve("transition_waves.csv"));
		assertTrue(waves.contains("docklands-mhp") && waves.contains("docklands-fmh-mgr"), waves);
		IntdModel back = CsvImporter.importFolder(out);
		assertTrue(new EcoreUtil.EqualityHelper().equals(scenario, back),
				() -> firstDifference(scenario, back));
	}

	@Test
	void bundlesWithoutTheNewFilesStillImport() throws IOException {
		IntdModel model = CsvImporter.importFolder(PlannerFolder.write(temp.resolve("old")));
		assertTrue(model.getPayBands().isEmpty() && model.getTransitionWaves().isEmpty());
	}

	/** Where two models first differ, walking both in order: for a failure message. */
	private static String firstDifference(IntdModel a, IntdModel b) {
		java.util.List<org.eclipse.emf.ecore.EObject> left = new java.util.ArrayList<>(List.of(a));
		a.eAllContents().forEachRemaining(left::add);
		java.util.List<org.eclipse.emf.ecore.EObject> right = new java.util.ArrayList<>(List.of(b));
		b.eAllContents().forEachRemaining(right::add);
		if (left.size() != right.size()) {
			return left.size() + " objects against " + right.size();
		}
		for (int i = 0; i < left.size(); i++) {
			org.eclipse.emf.ecore.EObject x = left.get(i);
			org.eclipse.emf.ecore.EObject y = right.get(i);
			for (var feature : x.eClass().getEAllStructuralFeatures()) {
				if (feature instanceof org.eclipse.emf.ecore.EAttribute && !java.util.Objects.equals(x.eGet(feature), y.eGet(feature))) {
					return x.eClass().getName() + " " + EcoreUtil.getID(x) + " " + feature.getName() + ": " + x.eGet(feature) + " vs "
							+ y.eGet(feature) + " (" + EcoreUtil.getID(y) + ")";
				}
				if (feature instanceof org.eclipse.emf.ecore.EReference ref && !ref.isContainment() && !ref.isContainer()
						&& !feature.isDerived() && !ids(x.eGet(feature)).equals(ids(y.eGet(feature)))) {
					return x.eClass().getName() + " " + EcoreUtil.getID(x) + " " + feature.getName() + ": " + ids(x.eGet(feature))
							+ " vs " + ids(y.eGet(feature));
				}
				if (feature instanceof org.eclipse.emf.ecore.EAttribute && x.eIsSet(feature) != y.eIsSet(feature)) {
					return x.eClass().getName() + " " + EcoreUtil.getID(x) + " " + feature.getName() + " set " + x.eIsSet(feature);
				}
			}
		}
		return "the same in the same order";
	}

	private static String ids(Object value) {
		if (value instanceof java.util.List<?> list) {
			return list.stream().map(CsvPayAndWavesTest::ids).toList().toString();
		}
		return value instanceof org.eclipse.emf.ecore.EObject object ? String.valueOf(EcoreUtil.getID(object)) : String.valueOf(value);
	}
}
