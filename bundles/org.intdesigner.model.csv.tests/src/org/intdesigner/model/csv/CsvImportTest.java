package org.intdesigner.model.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Sector;
import org.intdesigner.model.Team;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A planner's own spreadsheet: short ids, mixed case, extra columns, a byte-order mark. */
class CsvImportTest {

	@TempDir
	Path temp;

	@Test
	void aPlannersBundleImportsWithItsIdsAsCodes() throws IOException {
		IntdModel model = CsvImporter.importFolder(PlannerFolder.write(temp.resolve("in")));
		assertEquals(List.of("Riverside North"), model.getAreas().get(0).getSubAreas().stream().map(a -> a.getName()).toList());
		assertEquals(AreaKind.PLACE, model.getAreas().get(0).getKind());
		assertEquals(Sector.GENERAL_PRACTICE, model.getOrganisations().get(0).getSector());
		Team core = model.getTeams().get(0);
		Team mdt = core.getSubTeams().get(0);
		assertEquals("T1", core.getCode());
		assertEquals("Frailty MDT", mdt.getName());
		Post worker = model.getPosts().get(1);
		assertSame(model.getPosts().get(0), worker.getLineManager());
		assertEquals(0.8, worker.getFte());
		assertEquals(2, worker.getAllocations().size());
		assertSame(mdt, worker.getAllocations().get(0).getTeam());
		assertTrue(model.getPosts().get(2).isVacant());
		assertEquals(List.of(RaciCode.A, RaciCode.R, RaciCode.I),
				model.getAccountabilities().get(0).getAssignments().stream().map(a -> a.getCode()).toList());
		assertTrue(model.getRoles().get(1).isArrs() && !model.getRoles().get(1).isClinical());
	}

	@Test
	void importingTheSameSpreadsheetTwiceGivesTheSameIds() throws IOException {
		Path folder = PlannerFolder.write(temp.resolve("in"));
		IntdModel first = CsvImporter.importFolder(folder);
		IntdModel second = CsvImporter.importFolder(folder);
		assertTrue(new EcoreUtil.EqualityHelper().equals(first, second));
		assertNotNull(first.getTeams().get(0).getId());
		assertEquals(36, first.getTeams().get(0).getId().length(), "ids are UUIDs");
	}

	@Test
	void extraColumnsAreKeptAsPropertiesAndExportedAgain() throws IOException {
		IntdModel model = CsvImporter.importFolder(PlannerFolder.write(temp.resolve("in")));
		var properties = model.getOrganisations().get(0).getProperties();
		assertEquals("ODS code", properties.get(0).getKey());
		assertEquals("U12345", properties.get(0).getValue());
		assertTrue(model.getOrganisations().get(1).getProperties().isEmpty(), "empty cells make no property");
		Path out = temp.resolve("out");
		CsvExporter.export(model, out);
		String organisations = Files.readString(out.resolve("organisations.csv"));
		assertTrue(organisations.lines().findFirst().orElseThrow().endsWith(",ODS code"), organisations);
		assertTrue(organisations.contains("U12345"), organisations);
		assertTrue(new EcoreUtil.EqualityHelper().equals(model, CsvImporter.importFolder(out)));
	}

	@Test
	void aByteOrderMarkFromASpreadsheetIsIgnored() throws IOException {
		Path folder = PlannerFolder.write(temp.resolve("in"));
		Path organisations = folder.resolve("organisations.csv");
		Files.writeString(organisations, "\uFEFF" + Files.readString(organisations), StandardCharsets.UTF_8);
		assertEquals("Riverside PCN", CsvImporter.importFolder(folder).getOrganisations().get(0).getName());
	}

	@Test
	void aFolderWithoutBundleFilesIsExplained() throws IOException {
		Files.createDirectories(temp.resolve("empty"));
		IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
				() -> CsvImporter.importFolder(temp.resolve("empty")));
		assertTrue(e.getMessage().contains("none of the INT Designer CSV files"), e.getMessage());
	}
}
