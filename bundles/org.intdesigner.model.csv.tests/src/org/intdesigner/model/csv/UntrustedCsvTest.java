package org.intdesigner.model.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.Property;
import org.intdesigner.model.csv.raci.RaciMatrix;
import org.intdesigner.model.csv.raci.RaciMatrixCsv;
import org.intdesigner.model.csv.raci.RaciMatrixXlsx;
import org.intdesigner.model.io.ModelIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV files go back into spreadsheets: no cell may run there as a formula, and what was neutralised
 * reads back unchanged; numbers that cannot be negative are refused; a reference the files cannot
 * hold stops the export; a text too long for an Excel cell is cut with a mark and said.
 */
class UntrustedCsvTest {

	private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example/\",\"Click\")", "@SUM(1)", "+1+1",
			"-1+1", "=cmd|' /C calc'!A0");

	@TempDir
	Path temp;

	private static IntdModel withFormulas() {
		IntdModel model = CsvRoundTripTestModels.small();
		model.getOrganisations().get(0).setName(FORMULAS.get(0));
		model.getPosts().get(0).setHolder(FORMULAS.get(1));
		model.getPosts().get(1).setDescription(FORMULAS.get(2));
		model.getTeams().get(0).setPurpose(FORMULAS.get(3));
		Property property = IntdFactory.eINSTANCE.createProperty();
		property.setKey(FORMULAS.get(4));
		property.setValue(FORMULAS.get(4));
		model.getPosts().get(0).getProperties().add(property);
		return model;
	}

	@Test
	void noCellRunsAsAFormulaAndEveryCellReadsBackUnchanged() throws IOException {
		IntdModel model = withFormulas();
		Path folder = temp.resolve("csv");
		CsvExporter.export(model, folder);
		for (String file : CsvSchema.files()) {
			for (String line : Files.readAllLines(folder.resolve(file))) {
				for (String formula : FORMULAS) {
					String quoted = formula.replace("\"", "\"\"");
					assertFalse(line.startsWith(formula) || line.contains("," + formula) || line.contains(",\"" + quoted)
							|| line.startsWith("\"" + quoted), file + ": a cell that runs: " + line);
				}
			}
		}
		assertTrue(Files.readString(folder.resolve("organisations.csv")).contains("'=HYPERLINK"));
		IntdModel back = CsvImporter.importFolder(folder);
		assertTrue(new EcoreUtil.EqualityHelper().equals(model, back), "read back as it was");
	}

	@Test
	void aNegativeFteIsRefusedWithItsRowAndColumn() throws IOException {
		Path folder = PlannerFolder.write(temp.resolve("negative"));
		PlannerFolder.file(folder, "allocations.csv", """
				post_id,team_id,fte
				S2,T2,0.5
				S2,T1,-0.3
				""");
		CsvImportException refused = assertThrows(CsvImportException.class, () -> CsvImporter.importFolder(folder));
		assertTrue(refused.getMessage().contains("allocations.csv row 3, column fte: '-0.3' is negative; an FTE is 0 or more"),
				refused.getMessage());
		PlannerFolder.file(folder, "allocations.csv", "post_id,team_id,fte\nS2,T2,0.5\n");
		PlannerFolder.file(folder, "posts.csv", """
				id,role_id,employer_id,fte,band,holder,line_manager_id,supervisor_id
				S1,R1,O1,-1,,Dr A. Example,,
				S2,R2,O2,0.8,4,B. Example,S1,S1
				""");
		refused = assertThrows(CsvImportException.class, () -> CsvImporter.importFolder(folder));
		assertTrue(refused.getMessage().contains("posts.csv row 2, column fte: '-1' is negative"), refused.getMessage());
	}

	@Test
	void aReferenceOutsideTheModelStopsTheExportBeforeAnyFileIsWritten() throws IOException {
		IntdModel model = CsvRoundTripTestModels.small();
		Post post = model.getPosts().get(1);
		Post elsewhere = IntdFactory.eINSTANCE.createPost();
		((InternalEObject) elsewhere).eSetProxyURI(URI.createURI("http://127.0.0.1:9/model.intd#x"));
		post.setLineManager(elsewhere);
		Path folder = temp.resolve("out");
		IOException refused = assertThrows(IOException.class, () -> CsvExporter.export(model, folder));
		assertTrue(refused.getMessage().contains("its lineManager refers to http://127.0.0.1:9/model.intd#x"), refused.getMessage());
		assertTrue(refused.getMessage().startsWith("Nothing was exported to " + folder), refused.getMessage());
		try (var files = Files.list(folder)) {
			assertEquals(0, files.count(), "nothing written");
		}
	}

	@Test
	void raciCsvNamesCannotRunAsFormulas() throws IOException {
		IntdModel model = withFormulas();
		ModelIds.assignMissing(model);
		AccountabilityItem item = IntdFactory.eINSTANCE.createAccountabilityItem();
		item.setName("=1+1");
		model.getAccountabilities().add(item);
		ModelIds.assignMissing(model);
		Path file = temp.resolve("raci.csv");
		RaciMatrixCsv.export(RaciMatrix.of(model), file);
		String csv = Files.readString(file);
		assertTrue(csv.contains(",'=1+1"), csv);
		assertFalse(csv.contains(",=1+1"), csv);
	}

	@Test
	void aTextTooLongForAnExcelCellIsCutWithAMarkAndSaid() throws IOException {
		IntdModel model = CsvRoundTripTestModels.small();
		AccountabilityItem item = IntdFactory.eINSTANCE.createAccountabilityItem();
		item.setName("Long ".repeat(8_000));
		model.getAccountabilities().add(item);
		ModelIds.assignMissing(model);
		Path file = temp.resolve("raci.xlsx");
		List<String> notes = RaciMatrixXlsx.export(RaciMatrix.of(model), i -> List.of(), file);
		assertEquals(1, notes.size(), notes.toString());
		assertTrue(notes.get(0).startsWith("The name of accountability item 'Long Long") && notes.get(0).contains("40,000"),
				notes.get(0));
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			String cell = workbook.getSheet(RaciMatrixXlsx.MATRIX_SHEET).getRow(RaciMatrix.of(model).rows().indexOf(item) + 1)
					.getCell(1).getStringCellValue();
			assertTrue(cell.length() <= RaciMatrixXlsx.MAX_CELL_TEXT, String.valueOf(cell.length()));
			assertTrue(cell.endsWith("more characters]"), cell.substring(cell.length() - 40));
		}
	}

}
