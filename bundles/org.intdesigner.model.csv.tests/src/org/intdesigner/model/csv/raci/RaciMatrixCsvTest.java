package org.intdesigner.model.csv.raci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Party;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.csv.CsvImportException;
import org.intdesigner.model.csv.CsvProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export then import gives the same assignments; a bad file names its problems and changes nothing. */
class RaciMatrixCsvTest {

	@TempDir
	Path folder;

	private final IntdModel model = RaciTestModels.example();
	private final EditingDomain domain = RaciTestModels.domainOf(model);

	@Test
	void theFileHasNamesForPeopleAndIdsForTheImport() throws IOException {
		Path file = folder.resolve("raci.csv");
		RaciMatrix matrix = RaciMatrix.of(model);
		RaciMatrixCsv.export(matrix, file);
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertTrue(lines.get(0).startsWith("Item id,Item," ), lines.get(0));
		assertTrue(lines.get(0).contains(RaciNames.of(matrix.columns().get(0))));
		assertTrue(lines.get(1).startsWith("\"\",Party id," + matrix.columns().get(0).getId()), lines.get(1));
		assertEquals(2 + matrix.rows().size(), lines.size());
		assertTrue(lines.get(2).startsWith(matrix.rows().get(0).getId() + ","), lines.get(2));
	}

	@Test
	void exportThenImportGivesTheSameAssignments() throws IOException {
		Path file = folder.resolve("raci.csv");
		RaciMatrixCsv.export(RaciMatrix.of(model), file);
		Map<String, Set<String>> exported = RaciTestModels.assignments(model);
		assertNull(RaciMatrixCsv.read(file, model).toCommand(domain), "importing what is there changes nothing");

		IntdModel other = RaciTestModels.example();
		other.getAccountabilities().forEach(item -> item.getAssignments().clear());
		EditingDomain otherDomain = RaciTestModels.domainOf(other);
		Command command = RaciMatrixCsv.read(file, other).toCommand(otherDomain);
		otherDomain.getCommandStack().execute(command);
		assertEquals(exported, RaciTestModels.assignments(other));
		otherDomain.getCommandStack().undo();
		assertTrue(other.getAccountabilities().stream().allMatch(i -> i.getAssignments().isEmpty()), "one undo reverts the import");
	}

	@Test
	void importReplacesTheAssignmentsOfTheListedItemsOnly() throws IOException {
		RaciMatrix matrix = RaciMatrix.of(model);
		AccountabilityItem first = matrix.rows().get(0);
		AccountabilityItem second = matrix.rows().get(1);
		Party party = matrix.columns().get(0);
		Map<String, Set<String>> before = RaciTestModels.assignments(model);
		Path file = folder.resolve("one-row.csv");
		Files.writeString(file, "Item id,Item,Someone\n,Party id," + party.getId() + "\n" + first.getId() + ",whatever,a/r\n",
				StandardCharsets.UTF_8);
		domain.getCommandStack().execute(RaciMatrixCsv.read(file, model).toCommand(domain));
		assertEquals(Set.of(party.getId() + "=R", party.getId() + "=A"), RaciTestModels.assignments(model).get(first.getId()));
		assertEquals(before.get(second.getId()), RaciTestModels.assignments(model).get(second.getId()));
		domain.getCommandStack().undo();
		assertEquals(before, RaciTestModels.assignments(model));
	}

	@Test
	void unknownIdsAndBadCodesAreReportedByRowAndColumnAndNothingIsApplied() throws IOException {
		RaciMatrix matrix = RaciMatrix.of(model);
		Party party = matrix.columns().get(0);
		String item = matrix.rows().get(0).getId();
		Path file = folder.resolve("bad.csv");
		Files.writeString(file, String.join("\n",
				"Item id,Item,Known,Ghost",
				",Party id," + party.getId() + ",no-such-party",
				item + ",first,R/Q,",
				"no-such-item,second,A,",
				item + ",again,A,", ""), StandardCharsets.UTF_8);
		Map<String, Set<String>> before = RaciTestModels.assignments(model);
		CsvImportException error = assertThrows(CsvImportException.class, () -> RaciMatrixCsv.read(file, model));
		List<CsvProblem> problems = error.getProblems();
		assertTrue(problems.contains(new CsvProblem("bad.csv", 2, "Ghost", "no party with id \"no-such-party\" in the model")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.row() == 3 && p.column().equals("Known") && p.message().contains("\"Q\"")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.row() == 4 && p.column().equals("Item id") && p.message().contains("no-such-item")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.row() == 5 && p.message().contains("listed twice")), problems.toString());
		assertEquals(4, problems.size(), problems.toString());
		assertTrue(error.getMessage().startsWith("Nothing was imported"), error.getMessage());
		assertEquals(before, RaciTestModels.assignments(model));
	}

	@Test
	void aFileThatIsNotAMatrixIsRefused() throws IOException {
		Path file = folder.resolve("teams.csv");
		Files.writeString(file, "id,name\nx,y\n", StandardCharsets.UTF_8);
		CsvImportException error = assertThrows(CsvImportException.class, () -> RaciMatrixCsv.read(file, model));
		assertTrue(error.getProblems().get(0).message().startsWith("not a RACI matrix"));
	}

	@Test
	void exportReplacesAnOldFileWholeAndLeavesNoTemporaryFile() throws IOException {
		Path file = folder.resolve("raci.csv");
		Files.writeString(file, "old content that is longer than nothing at all\n".repeat(100));
		RaciMatrixCsv.export(RaciMatrix.of(model), file);
		assertNotEquals("old", Files.readString(file).substring(0, 3));
		try (var files = Files.list(folder)) {
			assertEquals(List.of(file), files.toList());
		}
		assertTrue(RaciCode.values().length == 5);
	}
}
