package org.intdesigner.workforce.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.workforce.imports.ImportSummary;
import org.intdesigner.workforce.imports.KnownCodes;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.StoreTable;
import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example place's year of workforce data: the files shipped are what the generator makes (to
 * write them again after changing it or the example, run this test with
 * -Dintd.test.jvmArgs=-Dintd.example.write=ABSOLUTE/PATH/bundles/org.intdesigner.workforce/data/example),
 * plausible, and they load into an empty store, checked against the example model.
 */
class ExampleWorkforceDataTest {

	private static final IntdModel EXAMPLE = ExamplePlace.create();

	@TempDir
	Path temp;

	private static SyntheticWorkforce.Data generate() {
		return SyntheticWorkforce.generate(EXAMPLE, YearMonth.of(ExampleWorkforceData.FIRST_YEAR,
				ExampleWorkforceData.FIRST_MONTH), ExampleWorkforceData.MONTHS, ExampleWorkforceData.SEED);
	}

	@Test
	void theShippedFilesAreWhatTheGeneratorMakes() throws Exception {
		Path generated = temp.resolve("generated");
		WorkforceCsv.write(generate(), generated);
		String target = System.getProperty("intd.example.write");
		if (target != null) {
			WorkforceCsv.write(generate(), Paths.get(target));
		}
		for (String name : ExampleWorkforceData.FILES) {
			try (InputStream shipped = ExampleWorkforceData.file(name).openStream()) {
				assertEquals(Files.readString(generated.resolve(name)), new String(shipped.readAllBytes(), StandardCharsets.UTF_8),
						name + " differs from the generator's: write it again (see this test's comment)");
			}
		}
	}

	@Test
	void theYearIsPlausibleAndTheSameEveryTime() {
		SyntheticWorkforce.Data data = generate();
		assertEquals(WorkforceCsvText.of(data), WorkforceCsvText.of(generate()), "seeded: the same every time");
		long inPostAtStart = data.staff().stream().filter(s -> s.start().isBefore(data.from())).count();
		long leavers = data.staff().stream().filter(s -> s.end() != null).count();
		long joiners = data.staff().stream().filter(s -> !s.start().isBefore(data.from())).count();
		assertTrue(inPostAtStart > 100, "in post at the start: " + inPostAtStart);
		double turnover = 100.0 * leavers / inPostAtStart;
		assertTrue(turnover > 5 && turnover < 25, "leavers in the year: " + leavers + " (" + turnover + "%)");
		assertTrue(joiners > 5, "joiners: " + joiners);
		assertTrue(data.staff().stream().filter(s -> s.end() != null).allMatch(s -> s.leavingReason() != null));
		Set<String> posts = EXAMPLE.getPosts().stream().map(p -> p.getCode()).collect(Collectors.toSet());
		assertTrue(data.staff().stream().allMatch(s -> posts.contains(s.post())), "every spell is in a post of the example");
		assertEquals(12, data.establishment().stream().map(SyntheticWorkforce.Planned::month).distinct().count());
		assertTrue(data.absence().size() > 100, "absences: " + data.absence().size());
		assertTrue(data.survey().size() > 50, "survey responses: " + data.survey().size());
		assertEquals(SyntheticWorkforce.QUESTIONS, data.questions());
		assertEquals(Set.copyOf(org.intdesigner.workforce.imports.SurveyQuestions.THEMES),
				data.questions().stream().map(SyntheticWorkforce.Question::theme).collect(Collectors.toSet()), "every theme");
		assertTrue(data.survey().stream().allMatch(r -> r.further().length == data.questions().size()));
	}

	@Test
	void theSkillsAreVariedEnoughToShowGapsSinglePointsAndLapses() {
		SyntheticWorkforce.Data data = generate();
		Set<String> people = data.staff().stream().map(SyntheticWorkforce.Spell::person).collect(Collectors.toSet());
		assertTrue(data.skills().stream().allMatch(a -> people.contains(a.person())), "only people of staff.csv");
		long assessed = data.skills().stream().map(SyntheticWorkforce.Assessment::person).distinct().count();
		assertEquals(people.size(), assessed, "everyone has mandatory training at least");
		assertTrue(data.skills().size() > 3 * people.size(), "assessments: " + data.skills().size());
		assertTrue(data.skills().stream().allMatch(a -> a.expires() == null || !a.expires().isBefore(a.assessed())));
		SkillsAtTheEnd end = new SkillsAtTheEnd(EXAMPLE, data);
		assertTrue(end.lapsed() > 5, "mandatory training lapsed by the end of the data: " + end.lapsed());
		assertTrue(end.expiringWithin(90) > 5, "expiring within 90 days of the end: " + end.expiringWithin(90));
		SkillsAtTheEnd.Requirements teams = end.teamRequirements();
		assertTrue(teams.met() > 5 && teams.singlePoints() > 5 && teams.unmet() > 5, "team requirements: " + teams);
		assertTrue(data.skills().stream().anyMatch(a -> a.level() == 4) && data.skills().stream().anyMatch(a -> a.level() <= 1),
				"levels across the scale");
	}

	@Test
	void theExampleLoadsIntoAnEmptyStoreOnce() throws Exception {
		try (WorkforceStore store = WorkforceStore.open(StoreLocation.embedded(temp.resolve("store")))) {
			List<ImportSummary> summaries = ExampleWorkforceData.loadIfEmpty(store, KnownCodes.of(EXAMPLE), null);
			assertEquals(5, summaries.size(), "staff, establishment, absence, skills, survey with its questions");
			for (ImportSummary summary : summaries) {
				assertTrue(summary.imported(), summary.toText());
			}
			SyntheticWorkforce.Data data = generate();
			assertEquals(data.staff().size(), store.rowCount(StoreTable.STAFF));
			assertEquals(data.establishment().size(), store.rowCount(StoreTable.ESTABLISHMENT));
			assertEquals(data.absence().size(), store.rowCount(StoreTable.ABSENCE));
			assertEquals(data.survey().size(), store.rowCount(StoreTable.SURVEY_RESPONSE));
			assertEquals(data.skills().size(), store.rowCount(StoreTable.SKILL));
			assertEquals(data.questions().size(), store.rowCount(StoreTable.SURVEY_QUESTION));
			assertEquals(data.survey().stream().flatMapToInt(r -> java.util.Arrays.stream(r.further())).filter(a -> a > 0).count(),
					store.rowCount(StoreTable.SURVEY_ANSWER));
			assertEquals(EXAMPLE.getOrganisations().size(), store.rowCount(StoreTable.PARTNER), "every partner has staff");
			assertEquals(List.of(), ExampleWorkforceData.loadIfEmpty(store, KnownCodes.of(EXAMPLE), null), "only once");
		}
	}
}
