package org.intdesigner.workforce.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.intdesigner.model.Capability;
import org.intdesigner.model.IntdModel;

/**
 * Large skills.csv files for the scale benchmark: {@code perPerson} assessments of distinct
 * capabilities of {@code model} for each of {@code people} made-up people (P0000001..., the ids
 * {@link StaffCsv} gives), levels 0-4, a third expiring a year after the assessment. Seeded. Also
 * the same rows as Derby's own import procedure reads them: no header, the import id last.
 */
final class SkillsCsv {

	static final String HEADER = "person_id,capability_id,level,assessed_on,expires_on";

	private SkillsCsv() {
	}

	static void write(IntdModel model, int people, int perPerson, long seed, Path file, Path derbyFile, int importId)
			throws IOException {
		List<String> capabilities = model.getCapabilities().stream().map(Capability::getCode).toList();
		if (capabilities.size() < perPerson) {
			throw new IllegalArgumentException("the model has " + capabilities.size() + " capabilities, fewer than " + perPerson);
		}
		Random random = new Random(seed);
		LocalDate first = LocalDate.of(2023, 1, 1);
		try (BufferedWriter csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				BufferedWriter derby = derbyFile == null ? null : Files.newBufferedWriter(derbyFile, StandardCharsets.UTF_8)) {
			csv.write(HEADER);
			csv.newLine();
			StringBuilder line = new StringBuilder(64);
			for (int person = 0; person < people; person++) {
				int offset = random.nextInt(capabilities.size());
				for (int i = 0; i < perPerson; i++) {
					LocalDate assessed = first.plusDays(random.nextInt(1000));
					line.setLength(0);
					line.append(String.format("P%07d", person + 1)).append(',')
							.append(capabilities.get((offset + i) % capabilities.size())).append(',').append(random.nextInt(5))
							.append(',').append(assessed).append(',');
					if (random.nextInt(3) == 0) {
						line.append(assessed.plusYears(1).minusDays(1));
					}
					csv.append(line).append('\n');
					if (derby != null) {
						derby.append(line).append(',').append(String.valueOf(importId)).append('\n');
					}
				}
			}
		}
	}
}
