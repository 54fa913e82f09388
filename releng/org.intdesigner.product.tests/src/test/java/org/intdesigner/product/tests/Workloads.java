package org.intdesigner.product.tests;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Inputs for the kill tests, made up here: a CSV bundle of a synthetic place of any number of posts
 * (two variants whose every non-empty file differs, so that a kill's result can be told old from new
 * file by file) and workforce staff files of any number of rows.
 */
final class Workloads {

	static final int ORGANISATIONS = 10;
	private static final int ROLES = 20;
	private static final int TEAM_SIZE = 20;

	private Workloads() {
	}

	/** A CSV bundle in {@code folder}: {@code posts} posts in teams of 20, each team's first post managing the others. */
	static void bundle(Path folder, int posts, String variant) throws IOException {
		Files.createDirectories(folder);
		write(folder.resolve("model.csv"), "id,name", List.of("m,Kill test place " + variant));
		try (BufferedWriter out = writer(folder.resolve("organisations.csv"))) {
			out.write("id,name,sector\n");
			for (int i = 0; i < ORGANISATIONS; i++) {
				out.write("org" + i + ",Organisation " + i + " " + variant + ",acute\n");
			}
		}
		try (BufferedWriter out = writer(folder.resolve("roles.csv"))) {
			out.write("id,name,profession,sector,clinical,new_role,arrs\n");
			for (int i = 0; i < ROLES; i++) {
				out.write("role" + i + ",Role " + i + " " + variant + ",Nursing,acute,true,false,false\n");
			}
		}
		try (BufferedWriter out = writer(folder.resolve("posts.csv"))) {
			out.write("id,role_id,employer_id,fte,band,holder,line_manager_id,supervisor_id,name\n");
			for (int i = 0; i < posts; i++) {
				String manager = i % TEAM_SIZE == 0 ? "" : "p" + (i - i % TEAM_SIZE);
				out.write("p" + i + ",role" + i % ROLES + ",org" + i / TEAM_SIZE % ORGANISATIONS + ",1,AfC 6,Holder " + i + " "
						+ variant + "," + manager + ",,Post " + i + " " + variant + "\n");
			}
		}
		try (BufferedWriter out = writer(folder.resolve("teams.csv"))) {
			out.write("id,name,kind,parent_team_id,area_id,host_id,lead_post_id\n");
			for (int j = 0; j * TEAM_SIZE < posts; j++) {
				out.write("t" + j + ",Team " + j + " " + variant + ",core,,,org" + j % ORGANISATIONS + ",p" + j * TEAM_SIZE + "\n");
			}
		}
		try (BufferedWriter out = writer(folder.resolve("allocations.csv"))) {
			out.write("post_id,team_id,fte\n");
			for (int i = 0; i < posts; i++) {
				out.write("p" + i + ",t" + i / TEAM_SIZE + "," + (variant.equals("a") ? "1" : "0.5") + "\n");
			}
		}
	}

	/**
	 * A staff file of {@code rows} people, ids {@code prefix0000000...}, employed by the organisations
	 * {@code prefix + "org0"} to {@code "org9"}, all in post from 2020-01-01 with no end: the headcount of
	 * January 2020 counts each row once.
	 */
	static void staff(Path file, int rows, String prefix) throws IOException {
		Files.createDirectories(file.getParent());
		try (BufferedWriter out = writer(file)) {
			out.write("person_id,org_id,role_id,team_id,post_id,fte,start_date,end_date,leaving_reason\n");
			for (int i = 0; i < rows; i++) {
				out.write(String.format("%s%07d,%sorg%d,role%d,t%d,p%d,1.0,2020-01-01,,%n", prefix, i, prefix, i % ORGANISATIONS,
						i % ROLES, i % 500, i));
			}
		}
	}

	/** A small establishment file (planned FTE), to make a store whose staff table is empty. */
	static void establishment(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		try (BufferedWriter out = writer(file)) {
			out.write("org_id,role_id,month,planned_fte\n");
			for (int i = 0; i < 24; i++) {
				out.write("Eorg" + i % ORGANISATIONS + ",role" + i + ",2020-01,2.0\n");
			}
		}
	}

	private static void write(Path file, String header, List<String> rows) throws IOException {
		try (BufferedWriter out = writer(file)) {
			out.write(header + "\n");
			for (String row : rows) {
				out.write(row + "\n");
			}
		}
	}

	private static BufferedWriter writer(Path file) throws IOException {
		return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
	}
}
