package org.intdesigner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.intdesigner.cli.api.WorkforceStoreOptions;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Role;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.io.ModelIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** ./intd import-workforce and workforce-server, in process. */
class WorkforceCommandsTest {

	private static final String HEADER = "person_id,org_id,role_id,team_id,post_id,fte,start_date,end_date,leaving_reason\n";

	@TempDir
	Path temp;

	private Path file(String name, String content) throws IOException {
		return Files.writeString(temp.resolve(name), content);
	}

	@Test
	void aGoodFileIsImportedAndSummarised() throws IOException {
		Path staff = file("staff.csv", HEADER + "S1,council,sw,,,1,2020-01-01,,\n9434765919,council,sw,,,0.5,2021-01-01,,\n");
		CliRun run = CliRun.of("import-workforce", "staff", staff.toString(), "--db", temp.resolve("db").toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("staff.csv (staff): imported"), run.out());
		assertTrue(run.out().contains("rows read 2, imported 2, rejected 0"), run.out());
		assertTrue(run.out().contains("salted SHA-256 pseudonyms"), run.out());
	}

	@Test
	void aBadFileIsRejectedWithItsRowAndColumn() throws IOException {
		Path staff = file("staff.csv", HEADER + "S1,council,sw,,,1,2020-01-01,,\nS2,council,sw,,,-1,2020-01-01,,\n");
		CliRun run = CliRun.of("import-workforce", "staff", staff.toString(), "--db", temp.resolve("db").toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("REJECTED, nothing imported"), run.err());
		assertTrue(run.err().contains("staff.csv row 3, column fte: '-1' is negative"), run.err());
	}

	@Test
	void codesAreCheckedAgainstAModel() throws IOException {
		IntdModel model = IntdFactory.eINSTANCE.createIntdModel();
		Organisation council = IntdFactory.eINSTANCE.createOrganisation();
		council.setCode("council");
		council.setName("Riverside Council");
		Role role = IntdFactory.eINSTANCE.createRole();
		role.setCode("sw");
		model.getOrganisations().add(council);
		model.getRoles().add(role);
		ModelIds.assignMissing(model);
		Path intd = temp.resolve("place.intd");
		ModelFiles.saveNew(model, intd);
		Path staff = file("staff.csv", HEADER + "S1,council,sw,,,1,2020-01-01,,\nS2,hospital,sw,,,1,2020-01-01,,\n");
		CliRun run = CliRun.of("import-workforce", "staff", staff.toString(), "--db", temp.resolve("db").toString(), "--model",
				intd.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("staff.csv row 3, column org_id: 'hospital' is not the code of an organisation in the"
				+ " model"), run.err());
	}

	@Test
	void skillsOfTheStoresStaffWithTheirPseudonyms() throws IOException {
		String db = temp.resolve("db").toString();
		Path staff = file("staff.csv", HEADER + "S1,council,sw,,,1,2020-01-01,,\n9434765919,council,sw,,,0.5,2021-01-01,,\n");
		assertEquals(0, CliRun.of("import-workforce", "staff", staff.toString(), "--db", db).exitCode());
		Path skills = file("skills.csv", "person_id,capability_id,level,assessed_on,expires_on\n"
				+ "S1,safeadults,Working,2025-04-01,2026-03-31\n943 476 5919,psychosocial,3,2025-05-01,\n");
		CliRun run = CliRun.of("import-workforce", "skills", skills.toString(), "--db", db);
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("skills.csv (skills): imported"), run.out());
		assertTrue(run.out().contains("rows read 2, imported 2, rejected 0"), run.out());
		assertTrue(run.out().contains("partners: council (2)"), run.out());

		Path bad = file("bad-skills.csv", "person_id,capability_id,level,assessed_on,expires_on\n"
				+ "S1,safeadults,5,2025-06-01,\nS9,safeadults,2,2025-06-01,\n");
		CliRun rejected = CliRun.of("import-workforce", "skills", bad.toString(), "--db", db);
		assertEquals(1, rejected.exitCode());
		assertTrue(rejected.err().contains("bad-skills.csv row 2, column level: '5' is not a level on the scale 0 none, 1"
				+ " awareness"), rejected.err());
		assertTrue(rejected.err().contains("bad-skills.csv row 3, column person_id: 'S9' is not a person of the store's staff"),
				rejected.err());
	}

	@Test
	void aSurveyWithItsQuestionsFile() throws IOException {
		String db = temp.resolve("db").toString();
		Path questions = file("questions.csv", "column,question,theme\ngoals,I understand the goals of my INT,alignment\n");
		Path survey = file("survey.csv", "org_id,team_id,q1,q2,q3,q4,q5,q6,q7,q8,q9,goals\ncouncil,,1,2,3,4,5,1,2,3,4,5\n");
		CliRun run = CliRun.of("import-workforce", "survey", survey.toString(), "--questions", questions.toString(), "--db", db);
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("1 answers to 1 further question (questions.csv)"), run.out());

		Path badQuestions = file("bad-questions.csv", "column,question,theme\ngoals,I understand the goals,happiness\n");
		CliRun rejected = CliRun.of("import-workforce", "survey", survey.toString(), "--questions", badQuestions.toString(),
				"--db", db);
		assertEquals(1, rejected.exitCode());
		assertTrue(rejected.err().contains("bad-questions.csv row 2, column theme: 'happiness' is not a theme: a further"
				+ " question measures one of satisfaction, improvement, productivity, alignment"), rejected.err());
		CliRun missing = CliRun.of("import-workforce", "survey", survey.toString(), "--questions",
				temp.resolve("none.csv").toString(), "--db", db);
		assertEquals(2, missing.exitCode());
		assertTrue(missing.err().contains("none.csv: there is no such file"), missing.err());
	}

	/** The real header of the ASC-WDS worker bulk-upload file (Skills for Care), and rows shaped like a provider's. */
	private static final String ASC_WDS_HEADER = "LOCALESTID,UNIQUEWORKERID,CHGUNIQUEWRKID,STATUS,DISPLAYID,NINUMBER,POSTCODE,"
			+ "DOB,GENDER,ETHNICITY,NATIONALITY,BRITISHCITIZENSHIP,COUNTRYOFBIRTH,YEAROFENTRY,DISABLED,CARECERT,RECSOURCE,"
			+ "STARTDATE,STARTINSECT,APPRENTICE,EMPLSTATUS,ZEROHRCONT,DAYSSICK,SALARYINT,SALARY,HOURLYRATE,MAINJOBROLE,"
			+ "MAINJRDESC,CONTHOURS,AVGHOURS,OTHERJOBROLE,OTHERJRDESC,NMCREG,NURSESPEC,AMHP,SCQUAL,NONSCQUAL,QUALACH01,"
			+ "QUALACH01NOTES,QUALACH02,QUALACH02NOTES,QUALACH03,QUALACH03NOTES\n";

	private static String ascWdsWorker(String id, String status, String start, String employment, String zeroHours,
			String jobRole, String contracted, String average) {
		return "RIVERSIDE-ASC-01," + id + "," + "," + status + ",Worker " + id + ",JR123456C,SE1 7PB,14/06/1985,2,31,826,,,,"
				+ "0,1,,"  + start + ",2015,2," + employment + "," + zeroHours + ",3,3,,12.60," + jobRole + ",," + contracted
				+ "," + average + ",,,,,,1,,,,,,,\n";
	}

	@Test
	void anAscWdsWorkerFileBecomesStaffInPost() throws IOException {
		Path workers = file("workers.csv", ASC_WDS_HEADER + ascWdsWorker("W0001", "NEW", "01/04/2019", "1", "2", "6", "37.5", "")
				+ ascWdsWorker("W0002", "UPDATE", "15/09/2022", "2", "1", "8", "", "15")
				+ ascWdsWorker("W0003", "DELETE", "01/01/2018", "1", "2", "8", "37.5", ""));
		String db = temp.resolve("db").toString();
		CliRun run = CliRun.of("import-workforce", "asc-wds", workers.toString(), "--db", db, "--map", "RIVERSIDE-ASC-01=asc");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("workers.csv (asc-wds): imported"), run.out());
		assertTrue(run.out().contains("rows read 3, imported 2, rejected 0"), run.out());
		assertTrue(run.out().contains("1 worker with STATUS DELETE (left) not imported"), run.out());
		assertTrue(run.out().contains("main job role 8 (Care worker) has no role in the catalogue: kept as the code"
				+ " 'care-worker'"), run.out());
		assertTrue(run.out().contains("DAYSSICK not imported"), run.out());

		Path bad = file("bad.csv", ASC_WDS_HEADER + ascWdsWorker("W0004", "NEW", "01/04/2019", "1", "2", "12", "37.5", ""));
		CliRun rejected = CliRun.of("import-workforce", "asc-wds", bad.toString(), "--db", db);
		assertEquals(1, rejected.exitCode());
		assertTrue(rejected.err().contains("bad.csv row 2, column mainjobrole: '12' is not an ASC-WDS main job role: the"
				+ " codes are 1, 2, 3"), rejected.err());
	}

	@Test
	void theHelpListsTheAscWdsKind() {
		CliRun help = CliRun.of("import-workforce", "--help");
		assertTrue(help.out().contains("asc-wds        Skills for Care ASC-WDS (formerly NMDS-SC) worker bulk-upload"), help.out());
	}

	@Test
	void unreadableInputIsTwo() throws IOException {
		String db = temp.resolve("db").toString();
		CliRun missing = CliRun.of("import-workforce", "staff", temp.resolve("none.csv").toString(), "--db", db);
		assertEquals(2, missing.exitCode());
		assertTrue(missing.err().contains("none.csv: there is no such file"), missing.err());
		Path staff = file("staff.csv", HEADER);
		CliRun kind = CliRun.of("import-workforce", "payroll", staff.toString(), "--db", db);
		assertEquals(2, kind.exitCode());
		assertTrue(kind.err().contains("'payroll' is not a kind of workforce file: use one of staff, establishment"), kind.err());
		CliRun noUser = CliRun.of("import-workforce", "staff", staff.toString(), "--server", "localhost:1527");
		assertEquals(2, noUser.exitCode());
		assertTrue(noUser.err().contains("--server needs --user USER"), noUser.err());
		CliRun noServer = CliRun.withCommands(Map.of(ImportWorkforceCommand.class, new ImportWorkforceCommand(
				Map.of(WorkforceStoreOptions.PASSWORD_VARIABLE, "some-password")::get)), "import-workforce", "staff",
				staff.toString(), "--server", "localhost:" + freePort(), "--user", "planner");
		assertEquals(2, noServer.exitCode());
		assertTrue(noServer.err().contains("No workforce server answers at localhost:"), noServer.err());
	}

	@Test
	void theServerPrintsHowToConnectAndAnImportGoesThroughIt() throws Exception {
		CountDownLatch stop = new CountDownLatch(1);
		CountDownLatch started = new CountDownLatch(1);
		int port = freePort();
		WorkforceServerCommand server = new WorkforceServerCommand(name -> null, () -> {
			started.countDown();
			try {
				stop.await(60, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine.IFactory defaults = CommandLine.defaultFactory();
		CompletableFuture<Integer> serving = CompletableFuture.supplyAsync(() -> IntdCommand.run(new String[] {
				"workforce-server", "--port", String.valueOf(port), "--db", temp.resolve("served").toString(), "--user",
				"planner" }, new PrintWriter(out, true), new PrintWriter(err, true), new CommandLine.IFactory() {
					@Override
					@SuppressWarnings("unchecked")
					public <K> K create(Class<K> type) throws Exception {
						return type == WorkforceServerCommand.class ? (K) server : defaults.create(type);
					}
				}));
		String printed;
		try {
			assertTrue(started.await(60, TimeUnit.SECONDS), "the server started: " + err);
			printed = out.toString();
			Matcher password = Pattern.compile("shown once, kept nowhere\\): (\\S+)").matcher(printed);
			Matcher target = Pattern.compile("--server (localhost:\\d+\\S*)").matcher(printed);
			assertTrue(password.find() && target.find(), printed);
			Path staff = file("staff.csv", HEADER + "S1,council,sw,,,1,2020-01-01,,\n");
			CliRun imported = CliRun.withCommands(Map.of(ImportWorkforceCommand.class, new ImportWorkforceCommand(
					Map.of(WorkforceStoreOptions.PASSWORD_VARIABLE, password.group(1))::get)), "import-workforce", "staff",
					staff.toString(), "--server", target.group(1), "--user", "planner");
			assertEquals(0, imported.exitCode(), imported.err());
			CliRun refused = CliRun.withCommands(Map.of(ImportWorkforceCommand.class, new ImportWorkforceCommand(
					Map.of(WorkforceStoreOptions.PASSWORD_VARIABLE, "not-the-password")::get)), "import-workforce", "staff",
					staff.toString(), "--server", target.group(1), "--user", "planner");
			assertEquals(2, refused.exitCode());
			assertTrue(refused.err().contains("refused user 'planner'"), refused.err());
			String secret = password.group(1);
			try (var files = Files.walk(temp.resolve("served"))) {
				assertTrue(files.filter(Files::isRegularFile).noneMatch(f -> contains(f, secret)),
						"the password is in no file of the data folder");
			}
		} finally {
			stop.countDown();
		}
		assertEquals(0, serving.get(60, TimeUnit.SECONDS), err.toString());
		assertTrue(printed.contains("on localhost:" + port + " (this machine only), user planner"), printed);
		assertTrue(printed.contains("Stop it with Ctrl+C."), printed);
	}

	private static boolean contains(Path file, String text) {
		try {
			return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).contains(text);
		} catch (IOException e) {
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
