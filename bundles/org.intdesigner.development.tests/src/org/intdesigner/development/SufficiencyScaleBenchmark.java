package org.intdesigner.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.intdesigner.model.Allocation;
import org.intdesigner.model.Capability;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.samples.SyntheticModels;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: skill sufficiency at London scale (run by ./intd bench-skills). The synthetic LONDON model (40,000
 * posts, 2,000 teams) with 100,000 people in post, each in a post of the model (so in its teams), with 10
 * assessments each (1,000,000, a tenth of them lapsing), held in memory as the store's snapshot; then every team's
 * requirements checked on a day: median of the rounds after a warm-up. Also the training plan on top. Writes
 * target/benchmarks/skills.md. Smaller with intd.bench.scale and intd.bench.people, fewer rounds with intd.bench.runs.
 */
@Tag("benchmark")
class SufficiencyScaleBenchmark {

	private static final SyntheticModels.Scale SCALE = SyntheticModels.Scale
			.valueOf(System.getProperty("intd.bench.scale", "LONDON"));
	private static final int PEOPLE = Integer.getInteger("intd.bench.people", 100_000);
	private static final int ASSESSMENTS = 10;
	private static final int ROUNDS = Integer.getInteger("intd.bench.runs", 5);
	private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

	@Test
	void sufficiencyAtLondonScale() throws IOException {
		IntdModel model = SyntheticModels.generate(SCALE, 1L);
		SkillRecords records = records(model);
		int teams = Teams.all(model).size();
		double[] sufficiency = new double[ROUNDS];
		double[] plan = new double[ROUNDS];
		SufficiencyReport report = null;
		SkillsAnalysis.sufficiency(model, records, DAY, 90); // warm-up
		for (int round = 0; round < ROUNDS; round++) {
			long start = System.nanoTime();
			report = SkillsAnalysis.sufficiency(model, records, DAY, 90);
			sufficiency[round] = (System.nanoTime() - start) / 1e6;
			start = System.nanoTime();
			TrainingPlanner.plan(report);
			plan[round] = (System.nanoTime() - start) / 1e6;
		}
		assertEquals(teams, report.rows(SkillCut.TEAM).size() + teamsWithoutRequirements(report, model));
		assertTrue(report.total().requirements() > 0);
		String figures = String.format(Locale.ROOT, "%,d teams, %,d requirements, %,d people in post with %,d assessments in"
				+ " the snapshot: sufficiency of every team %,.0f ms (median of %d; target under 1,000 ms), %.1f %% met, %,d"
				+ " single points; the training plan on top %,.0f ms.%n", teams, report.total().requirements(),
				report.held().members().size(), records.assessmentCount(), median(sufficiency), ROUNDS,
				report.total().sufficiency(), report.total().singlePoints(), median(plan));
		System.out.print(figures);
		Path out = Paths.get("target", "benchmarks");
		Files.createDirectories(out);
		Files.writeString(out.resolve("skills.md"), figures);
	}

	private static int teamsWithoutRequirements(SufficiencyReport report, IntdModel model) {
		return (int) Teams.all(model).stream().filter(team -> report.checksOf(team).isEmpty()).count();
	}

	/** 100,000 people, each in a random post (its teams), 10 assessments of random capabilities, a tenth lapsing. */
	private static SkillRecords records(IntdModel model) {
		SplittableRandom random = new SplittableRandom(7);
		List<Post> posts = model.getPosts();
		List<Capability> capabilities = model.getCapabilities();
		List<SkillRecords.Spell> spells = new ArrayList<>(PEOPLE);
		Map<String, List<Holding>> assessments = new HashMap<>(PEOPLE * 2);
		for (int p = 0; p < PEOPLE; p++) {
			String person = "P" + p;
			Post post = posts.get(random.nextInt(posts.size()));
			List<Allocation> allocations = post.getAllocations();
			String team = allocations.isEmpty() || allocations.get(0).getTeam() == null ? null
					: ModelCodes.of(allocations.get(0).getTeam());
			spells.add(new SkillRecords.Spell(person, ModelCodes.of(post.getEmployer()), ModelCodes.of(post.getRole()), team,
					ModelCodes.of(post), 1.0, LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4000)), null));
			List<Holding> held = new ArrayList<>(ASSESSMENTS);
			for (int a = 0; a < ASSESSMENTS; a++) {
				LocalDate assessed = DAY.minusDays(random.nextInt(730));
				held.add(new Holding(ModelCodes.of(capabilities.get(random.nextInt(capabilities.size()))), random.nextInt(5),
						assessed, random.nextInt(10) == 0 ? assessed.plusYears(1) : null));
			}
			assessments.put(person, held);
		}
		return new SkillRecords(spells, assessments);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
