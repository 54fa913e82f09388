package org.intdesigner.workforce.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;

/**
 * Large staff.csv files for the scale benchmark and the crash test: {@code rows} spells of made-up
 * people (ids P0000001..., which are not pseudonymised) in the posts of {@code model} (their
 * organisation, role, first team and code), a fifth of them ended with a leaving reason. Seeded.
 * Also the same rows as Derby's own import procedure reads them: no header, the import id last.
 */
final class StaffCsv {

	static final String HEADER = "person_id,org_id,role_id,team_id,post_id,fte,start_date,end_date,leaving_reason";
	private static final String[] REASONS = { "Voluntary resignation - relocation", "Voluntary resignation - work life balance",
			"Retirement age", "End of fixed term contract", "Voluntary resignation - promotion" };

	private StaffCsv() {
	}

	/** Writes staff.csv (with a header) and, when {@code derbyFile} is not null, the same rows for SYSCS_IMPORT_TABLE. */
	static void write(IntdModel model, int rows, long seed, Path file, Path derbyFile, int importId) throws IOException {
		List<Post> posts = model.getPosts();
		Random random = new Random(seed);
		LocalDate first = LocalDate.of(2005, 1, 1);
		try (BufferedWriter csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				BufferedWriter derby = derbyFile == null ? null : Files.newBufferedWriter(derbyFile, StandardCharsets.UTF_8)) {
			csv.write(HEADER);
			csv.newLine();
			StringBuilder line = new StringBuilder(128);
			for (int i = 0; i < rows; i++) {
				Post post = posts.get(i % posts.size());
				LocalDate start = first.plusDays(random.nextInt(7300));
				boolean left = random.nextInt(5) == 0;
				line.setLength(0);
				line.append(String.format("P%07d", i + 1)).append(',').append(post.getEmployer().getCode()).append(',')
						.append(post.getRole().getCode()).append(',')
						.append(post.getAllocations().isEmpty() ? "" : post.getAllocations().get(0).getTeam().getCode())
						.append(',').append(post.getCode()).append(',').append((1 + random.nextInt(10)) / 10.0).append(',')
						.append(start).append(',');
				if (left) {
					line.append(start.plusDays(30 + random.nextInt(2000))).append(",\"")
							.append(REASONS[random.nextInt(REASONS.length)]).append('"');
				} else {
					line.append(',');
				}
				csv.append(line).append('\n');
				if (derby != null) {
					derby.append(line).append(',').append(String.valueOf(importId)).append('\n');
				}
			}
		}
	}
}
