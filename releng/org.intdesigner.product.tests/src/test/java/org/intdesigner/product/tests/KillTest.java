package org.intdesigner.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Kills the product with SIGKILL at random moments of a save, a CSV export over an existing folder
 * and a workforce import, and checks what each kill left: the target is the old one byte for byte or
 * the complete new one, the files of a folder are all old or all new, the store holds none of the
 * file's rows or all of them and opens; the partial files a kill leaves are gone after the next run
 * that writes or opens the target; nothing is left in the temp folder. Kill moments are drawn with a
 * seeded random between the command's start and the end of a normal run (see {@link KillPlan}); the
 * counts go to {@code target/kill-tests/} for {@code ./intd reliability}. Any loss or leftover fails.
 */
class KillTest {

	private static final KillPlan PLAN = KillPlan.fromSystemProperties();
	/**
	 * A partial file of AtomicWrite, {@code .NAME.PID-N.writing}, or the list of renames of a write of
	 * several files, {@code .NAME.PID-N.replacing}.
	 */
	private static final Pattern PARTIAL = Pattern.compile("\\.(.+)\\.(\\d+)-\\d+\\.(writing|replacing)");
	/** What a write of the product must never leave in the system temp folder. */
	private static final Pattern SYSTEM_TEMP_SUSPECT = Pattern.compile("XMLSave.*|.*\\.writing|.*\\.intd(\\..*)?|.*intd.*\\.tmp");
	private static final Path SYSTEM_TEMP = Path.of("/tmp");

	@TempDir
	static Path temp;

	private static Product product;
	/** The product's own temp folder (java.io.tmpdir and TMPDIR of every run): must stay empty. */
	private static Path productTemp;
	private static byte[] oldModel;
	private static byte[] newModel;

	@BeforeAll
	static void inputs() throws IOException {
		productTemp = Files.createDirectories(temp.resolve("tmp"));
		product = new Product(temp, Map.of("TMPDIR", productTemp.toString(), "INTD_VM_ARGS", "-Djava.io.tmpdir=" + productTemp));
		Workloads.bundle(temp.resolve("inputs/a"), PLAN.posts(), "a");
		Workloads.bundle(temp.resolve("inputs/b"), PLAN.posts(), "b");
		Files.createDirectories(temp.resolve("models"));
		ok(product.cli("import-csv", "inputs/a", "models/old.intd"));
		ok(product.cli("import-csv", "inputs/b", "models/new.intd"));
		Product.Run check = ok(product.cli("check", "models/new.intd"));
		assertTrue(check.out().contains(PLAN.posts() + " posts") && check.out().contains("integrity: ok"), check.toString());
		oldModel = Files.readAllBytes(temp.resolve("models/old.intd"));
		newModel = Files.readAllBytes(temp.resolve("models/new.intd"));
	}

	/**
	 * Save: {@code import-csv BUNDLE out.intd --force} over an existing out.intd (the model is written
	 * through AtomicWrite). After each kill out.intd is the old file or the new one byte for byte (the
	 * new one, written by a normal run, opens with "integrity: ok"); a partial file of a killed run is
	 * gone once a later run has written the target, and after the closing {@code check out.intd}.
	 */
	@Test
	void save() throws Exception {
		KillRecord record = new KillRecord("save", PLAN);
		Set<String> systemTemp = systemTempSuspects();
		Path folder = Files.createDirectories(temp.resolve("save"));
		Path out = folder.resolve("out.intd");
		String[] command = { "import-csv", "inputs/b", "save/out.intd", "--force" };
		record.fact("command", "intdesigner --cli import-csv BUNDLE out.intd --force, over an existing out.intd");
		record.fact("input", String.format("a CSV bundle of %,d posts (%s) imported over a model of %,d posts; out.intd %s",
				PLAN.posts(), size(folderSize(temp.resolve("inputs/b"))), PLAN.posts(), size(newModel.length)));
		Files.write(out, oldModel);
		KillRun.Timeline normal = KillRun.measure(product, () -> !partials(folder).isEmpty(), command);
		assertEquals(0, normal.exitCode(), normal.toString());
		assertArrayEquals(newModel, Files.readAllBytes(out), "a normal run writes the new model");
		record.fact("normal_run_ms", normal.spanMs());
		record.fact("work_starts_ms", normal.workStartsMs());
		List<Long> killed = new ArrayList<>();
		for (KillPlan.KillPoint point : PLAN.killPoints("save", normal.spanMs(), normal.workStartsMs())) {
			if (!Arrays.equals(Files.readAllBytes(out), oldModel)) {
				Files.write(out, oldModel);
			}
			int failuresBefore = record.failures().size();
			KillRun run = KillRun.kill(product, point, folder, name -> name.startsWith(".out.intd.") && name.endsWith(".writing"),
					command);
			String time = point.toString();
			killed.add(run.pid());
			byte[] now = Files.readAllBytes(out);
			String outcome = Arrays.equals(now, oldModel) ? "old" : Arrays.equals(now, newModel) ? "new" : "damaged";
			if (outcome.equals("damaged")) {
				Product.Run check = product.cli("check", "save/out.intd");
				record.lost("out.intd after a kill " + time + " is neither the old nor the new file (" + now.length
						+ " bytes); check says: " + check);
			}
			Map<Path, Long> after = partials(folder);
			boolean ownPartial = after.containsValue(run.pid());
			record.leftoversSeen((int) after.values().stream().filter(pid -> pid == run.pid()).count());
			if (ownPartial || outcome.equals("new")) {
				List<Path> stale = after.entrySet().stream().filter(e -> e.getValue() != run.pid()).map(Map.Entry::getKey).toList();
				record.leftoversNotCleared(stale.size(), "partial files of killed runs still there after a later run wrote"
						+ " out.intd (kill " + time + "): " + shortly(stale));
			}
			if (run.completed()) {
				record.check(after.isEmpty(), "a run that ended normally left partial files: " + shortly(after.keySet()));
			}
			record.check(run.landed() || run.exitCode() == 0, "the run ended by itself with exit code " + run.exitCode()
					+ ":\n" + run.err());
			checkProductTemp(record, "after a kill " + time);
			record.point(run, point, run.landed() && (ownPartial || outcome.equals("new")), outcome, after.size(),
					record.failures().subList(failuresBefore, record.failures().size()), "");
		}
		Product.Run check = product.cli("check", "save/out.intd");
		record.check(check.exitCode() == 0 && check.out().contains("integrity: ok"), "check of the last out.intd: " + check);
		Map<Path, Long> left = partials(folder);
		record.leftoversNotCleared(left.size(), "partial files still there after check opened out.intd: " + shortly(left.keySet()));
		finish(record, systemTemp, killed);
	}

	/**
	 * CSV export over an existing folder: {@code export-csv MODEL DIR} replaces the folder's 19 files
	 * together (AtomicWrite.writeAll). After each kill the files are all the old ones or all the new
	 * ones, byte for byte (or, killed between its renames, the run's list of renames is there and the
	 * next run that reads the folder completes them: see {@link #settleMixed}); a partial file of a
	 * killed run is gone once a later run has written that file; the closing import of the folder
	 * leaves none and gives the model the folder holds, byte for byte.
	 */
	@Test
	void csvExport() throws Exception {
		KillRecord record = new KillRecord("csv-export", PLAN);
		Set<String> systemTemp = systemTempSuspects();
		Path folder = temp.resolve("export/bundle");
		String[] command = { "export-csv", "models/new.intd", "export/bundle" };
		ExportFiles files = exportFiles(folder, "export/bundle");
		KillRun.Timeline normal = KillRun.measure(product, () -> !partials(folder).isEmpty(), command);
		assertEquals(0, normal.exitCode(), normal.toString());
		assertEquals(files.newFiles().keySet(), csvFiles(folder).keySet());
		record.fact("command", "intdesigner --cli export-csv MODEL.intd DIR, over a DIR holding the export of another model");
		record.fact("input", String.format("a model of %,d posts (%s) exported as %d CSV files (%s, %d of them differing from"
				+ " the old ones)", PLAN.posts(), size(newModel.length), files.order().size(), size(folderSize(folder)),
				files.differing()));
		record.fact("normal_run_ms", normal.spanMs());
		record.fact("work_starts_ms", normal.workStartsMs());
		List<Long> killed = new ArrayList<>();
		for (KillPlan.KillPoint point : PLAN.killPoints("csv-export", normal.spanMs(), normal.workStartsMs())) {
			files.restoreOld(folder);
			int failuresBefore = record.failures().size();
			KillRun run = KillRun.kill(product, point, folder, name -> name.startsWith(".") && name.endsWith(".writing"), command);
			killed.add(run.pid());
			exportKilled(record, run, point, folder, "export/bundle", files, "", "a kill " + point, failuresBefore);
		}
		Product.Run back = product.cli("import-csv", "export/bundle", "export/back.intd");
		Map<Path, Long> left = partials(folder);
		record.leftoversNotCleared(left.size(), "partial files still there after import-csv read the folder: " + shortly(left.keySet()));
		FolderState end = folderState(folder, files);
		byte[] expected = end.outcome().equals("new") ? newModel : oldModel;
		record.check(back.exitCode() == 0 && Arrays.equals(Files.readAllBytes(temp.resolve("export/back.intd")), expected),
				"the folder (" + end.outcome() + ") imports back into the " + end.outcome() + " model: " + back);
		finish(record, systemTemp, killed);
	}

	/**
	 * Kills at the moment a write puts its first finished file in place (seen through inotify), where a
	 * random moment hardly ever falls: the save of out.intd at its rename; the CSV export at the rename
	 * of its first file, with the other 18 renames still to come. Checked as in {@link #save()} and
	 * {@link #csvExport()}.
	 */
	@Test
	void renameMoment() throws Exception {
		KillRecord record = new KillRecord("rename-moment", PLAN);
		Set<String> systemTemp = systemTempSuspects();
		Path saves = Files.createDirectories(temp.resolve("rename/save"));
		Path out = saves.resolve("out.intd");
		Path folder = temp.resolve("rename/bundle");
		ExportFiles files = exportFiles(folder, "rename/bundle");
		record.fact("command", "intdesigner --cli import-csv BUNDLE out.intd --force over an existing out.intd, killed when"
				+ " out.intd is renamed into place; intdesigner --cli export-csv MODEL.intd DIR over an existing DIR, killed"
				+ " when its first file is renamed into place");
		record.fact("input", String.format("the models of %,d posts and their CSV files, as in save and csv-export", PLAN.posts()));
		List<Long> killed = new ArrayList<>();
		for (int k = 0; k < PLAN.renamePoints(); k++) {
			Files.write(out, oldModel);
			int failuresBefore = record.failures().size();
			KillRun save = KillRun.killOnArrival(product, saves, "out.intd"::equals, 0, "import-csv", "inputs/b",
					"rename/save/out.intd", "--force");
			killed.add(save.pid());
			byte[] now = Files.readAllBytes(out);
			String outcome = Arrays.equals(now, oldModel) ? "save: old" : Arrays.equals(now, newModel) ? "save: new" : "save: damaged";
			if (outcome.endsWith("damaged")) {
				record.lost("out.intd after a kill at its rename is neither the old nor the new file: " + product.cli("check",
						"rename/save/out.intd"));
			}
			Map<Path, Long> after = partials(saves);
			record.leftoversSeen(after.size());
			if (!after.isEmpty()) {
				Product.Run check = product.cli("check", "rename/save/out.intd");
				record.check(check.exitCode() == 0 && check.out().contains("integrity: ok"), "check after a kill at the rename: " + check);
				Map<Path, Long> left = partials(saves);
				record.leftoversNotCleared(left.size(), "partial files still there after check opened out.intd: " + shortly(left.keySet()));
			}
			record.check(save.landed() || save.exitCode() == 0, "the run ended by itself with exit code " + save.exitCode()
					+ ":\n" + save.err());
			checkProductTemp(record, "after a kill at the rename of out.intd");
			record.point(save, null, save.landed(), outcome, after.size(), record.failures().subList(failuresBefore,
					record.failures().size()), "");

			files.restoreOld(folder);
			failuresBefore = record.failures().size();
			KillRun export = KillRun.killOnArrival(product, folder, name -> !name.startsWith("."), 0, "export-csv", "models/new.intd",
					"rename/bundle");
			killed.add(export.pid());
			exportKilled(record, export, null, folder, "rename/bundle", files, "export: ", "a kill at the first rename",
					failuresBefore);
		}
		finish(record, systemTemp, killed);
	}

	/** The old and new files of an export folder, in the order export-csv writes them. */
	private record ExportFiles(List<String> order, Map<String, byte[]> oldFiles, Map<String, byte[]> newFiles) {

		long differing() {
			return order.stream().filter(f -> !Arrays.equals(oldFiles.get(f), newFiles.get(f))).count();
		}

		/** Puts the old files back where they differ (leaving any partial file of the product where it is). */
		void restoreOld(Path folder) throws IOException {
			for (String file : order) {
				Path path = folder.resolve(file);
				if (!Files.exists(path) || !Arrays.equals(Files.readAllBytes(path), oldFiles.get(file))) {
					Files.write(path, oldFiles.get(file));
				}
			}
		}
	}

	/** Exports the new model into {@code folder} (to learn its files), then the old one over it: the folder holds the old files. */
	private static ExportFiles exportFiles(Path folder, String relative) throws IOException {
		Product.Run first = ok(product.cli("export-csv", "models/new.intd", relative));
		List<String> order = Arrays.asList(first.out().trim().replaceFirst("^.*: wrote ", "").split(", "));
		Map<String, byte[]> newFiles = csvFiles(folder);
		assertEquals(new TreeSet<>(order), newFiles.keySet(), "the files export-csv says it wrote");
		ok(product.cli("export-csv", "models/old.intd", relative));
		Map<String, byte[]> oldFiles = csvFiles(folder);
		assertEquals(oldFiles.keySet(), newFiles.keySet());
		return new ExportFiles(order, oldFiles, newFiles);
	}

	/** What a kill left in an export folder: old, new, mixed (some of each) or damaged (a file neither), with the files of each. */
	private record FolderState(String outcome, List<String> oldOnes, List<String> newOnes, List<String> damaged) {
	}

	private static FolderState folderState(Path folder, ExportFiles files) throws IOException {
		Map<String, byte[]> now = csvFiles(folder);
		List<String> oldOnes = new ArrayList<>();
		List<String> newOnes = new ArrayList<>();
		List<String> damaged = new ArrayList<>();
		for (String file : files.order()) {
			byte[] bytes = now.get(file);
			boolean isOld = Arrays.equals(bytes, files.oldFiles().get(file));
			boolean isNew = Arrays.equals(bytes, files.newFiles().get(file));
			if (isOld && !isNew) {
				oldOnes.add(file);
			} else if (isNew && !isOld) {
				newOnes.add(file);
			} else if (!isOld) {
				damaged.add(file + (bytes == null ? " (missing)" : " (" + bytes.length + " bytes)"));
			}
		}
		String outcome = !damaged.isEmpty() ? "damaged" : !newOnes.isEmpty() && !oldOnes.isEmpty() ? "mixed"
				: newOnes.isEmpty() ? "old" : "new";
		return new FolderState(outcome, oldOnes, newOnes, damaged);
	}

	/** The checks after a killed export into {@code folder}, and the kill point recorded (its outcome after {@code label}). */
	private static void exportKilled(KillRecord record, KillRun run, KillPlan.KillPoint point, Path folder, String relative,
			ExportFiles files, String label, String when, int failuresBefore) throws IOException {
		FolderState state = folderState(folder, files);
		Map<Path, Long> after = partials(folder);
		List<String> order = files.order();
		// every file up to the last one this run began to write had its older partial files removed first;
		// a list of renames (or a renamed file) means every file was written
		int reached = state.outcome().equals("new") || state.outcome().equals("mixed") ? order.size() - 1 : -1;
		for (Map.Entry<Path, Long> partial : after.entrySet()) {
			if (partial.getValue() == run.pid()) {
				reached = Math.max(reached, partial.getKey().toString().endsWith(".replacing") ? order.size() - 1
						: order.indexOf(target(partial.getKey())));
			}
		}
		int lastReached = reached;
		record.leftoversSeen((int) after.values().stream().filter(pid -> pid == run.pid()).count());
		List<Path> stale = after.entrySet().stream().filter(e -> e.getValue() != run.pid())
				.filter(e -> order.indexOf(target(e.getKey())) <= lastReached).map(Map.Entry::getKey).toList();
		record.leftoversNotCleared(stale.size(), "partial files of killed runs still there after a later run wrote their"
				+ " file (" + when + "): " + shortly(stale));
		String outcome = state.outcome();
		if (outcome.equals("damaged")) {
			record.lost("after " + when + " these files are neither old nor new: " + state.damaged());
		} else if (outcome.equals("mixed")) {
			outcome = settleMixed(record, folder, relative, run, state, files, when);
		}
		if (run.completed()) {
			record.check(after.isEmpty(), "a run that ended normally left partial files: " + shortly(after.keySet()));
		}
		record.check(run.landed() || run.exitCode() == 0, "the run ended by itself with exit code " + run.exitCode() + ":\n"
				+ run.err());
		checkProductTemp(record, "after " + when);
		boolean ownPartial = after.containsValue(run.pid());
		record.point(run, point, run.landed() && (ownPartial || !state.newOnes().isEmpty()), label + outcome, after.size(),
				record.failures().subList(failuresBefore, record.failures().size()), "");
	}

	/**
	 * A folder a kill left part old, part new (the kill came between the renames of the files): lost,
	 * unless the killed run had left its list of renames (AtomicWrite publishes it once every new file
	 * is complete) and the next run that reads the folder, {@code import-csv}, finishes them: the folder
	 * is then all new, nothing is left beside its files, and it imports into the new model byte for byte.
	 */
	private static String settleMixed(KillRecord record, Path folder, String relative, KillRun run, FolderState state,
			ExportFiles files, String when) throws IOException {
		boolean listed = partials(folder).entrySet().stream()
				.anyMatch(e -> e.getValue() == run.pid() && e.getKey().toString().endsWith(".replacing"));
		Path read = temp.resolve("read-after-kill.intd");
		Product.Run reading = product.cli("import-csv", relative, temp.relativize(read).toString(), "--force");
		FolderState then = folderState(folder, files);
		Map<Path, Long> left = partials(folder);
		boolean settled = listed && then.outcome().equals("new") && left.isEmpty() && reading.exitCode() == 0
				&& Arrays.equals(Files.readAllBytes(read), newModel);
		if (!settled) {
			record.lost("after " + when + " the folder holds old and new files together (new " + state.newOnes() + ", old "
					+ state.oldOnes() + "); " + (listed ? "the list of renames was there" : "no list of renames was left")
					+ "; after import-csv read it (exit code " + reading.exitCode() + "): " + then.outcome() + ", left beside them "
					+ shortly(left.keySet()));
			return "mixed";
		}
		return "mixed, completed by the next read";
	}

	/**
	 * Workforce import: {@code import-workforce staff FILE --db STORE} into a copy of a store that
	 * holds other staff (rows go in batches of inserts) or none (rows are bulk-loaded), alternately,
	 * each kind's kill points drawn from its own normal run.
	 * After each kill the store opens ({@code metrics headcount}, which Derby's recovery must let
	 * through: no lock left) and holds none of the file's rows or all of them; a store left byte for
	 * byte as it was (the kill came before Derby opened it) counts as none.
	 */
	@Test
	void workforceImport() throws Exception {
		KillRecord record = new KillRecord("workforce-import", PLAN);
		Set<String> systemTemp = systemTempSuspects();
		Path folder = Files.createDirectories(temp.resolve("workforce"));
		int rows = PLAN.staffRows();
		int baseRows = 50;
		Workloads.staff(folder.resolve("base.csv"), baseRows, "B");
		Workloads.staff(folder.resolve("staff.csv"), rows, "K");
		Workloads.establishment(folder.resolve("establishment.csv"));
		ok(product.cli("import-workforce", "staff", "workforce/base.csv", "--db", "workforce/with-staff"));
		ok(product.cli("import-workforce", "establishment", "workforce/establishment.csv", "--db", "workforce/no-staff"));
		Map<String, byte[]> withStaff = tree(folder.resolve("with-staff"));
		Map<String, byte[]> noStaff = tree(folder.resolve("no-staff"));
		Path store = folder.resolve("store");
		String[] command = { "import-workforce", "staff", "workforce/staff.csv", "--db", "workforce/store" };
		record.fact("command", "intdesigner --cli import-workforce staff FILE --db STORE, into a store holding " + baseRows
				+ " other people (batched inserts) or no staff (bulk load), alternately");
		record.fact("input", String.format("a staff file of %,d rows (%s)", rows, size(Files.size(folder.resolve("staff.csv")))));

		// a normal run into each kind of store: a bulk load takes about half as long as batched inserts
		copyTree(folder.resolve("with-staff"), store);
		KillRun.Timeline normal = KillRun.measure(product, () -> Files.exists(store.resolve("workforce/db.lck")), command);
		assertEquals(0, normal.exitCode(), normal.toString());
		assertTrue(normal.out().contains(String.format("imported %,d", rows)), normal.toString());
		assertEquals(baseRows + rows, headcount(product.cli(headcountCommand())), "headcount after a normal import");
		deleteTree(store);
		copyTree(folder.resolve("no-staff"), store);
		KillRun.Timeline normalBulk = KillRun.measure(product, () -> Files.exists(store.resolve("workforce/db.lck")), command);
		assertEquals(0, normalBulk.exitCode(), normalBulk.toString());
		assertTrue(normalBulk.out().contains("bulk-loaded"), normalBulk.toString());
		record.fact("normal_run_ms", normal.spanMs());
		record.fact("work_starts_ms", normal.workStartsMs());
		record.fact("normal_run_bulk_ms", normalBulk.spanMs());
		record.fact("work_starts_bulk_ms", normalBulk.workStartsMs());
		List<KillPlan.KillPoint> batchedPoints = PLAN.killPoints("workforce-import", normal.spanMs(), normal.workStartsMs());
		List<KillPlan.KillPoint> bulkPoints = PLAN.killPoints("workforce-import-bulk", normalBulk.spanMs(), normalBulk.workStartsMs());
		List<Long> killed = new ArrayList<>();
		for (int k = 0; k < PLAN.points(); k++) {
			boolean bulk = k / 2 % 2 == 1;
			Map<String, byte[]> pristine = bulk ? noStaff : withStaff;
			int base = bulk ? 0 : baseRows;
			deleteTree(store);
			copyTree(folder.resolve(bulk ? "no-staff" : "with-staff"), store);
			int failuresBefore = record.failures().size();
			KillPlan.KillPoint point = (bulk ? bulkPoints : batchedPoints).get(k);
			KillRun run = KillRun.kill(product, point, store.resolve("workforce"), "db.lck"::equals, command);
			killed.add(run.pid());
			String outcome;
			Map<String, byte[]> killedStore = tree(store);
			boolean untouched = sameTree(killedStore, pristine);
			long grown = bytes(killedStore) - bytes(pristine);
			if (untouched) {
				outcome = "none, store untouched";
			} else {
				Product.Run metrics = product.cli(headcountCommand());
				if (metrics.exitCode() != 0) {
					outcome = "unopenable";
					record.lost("the store does not open after a kill " + point + ": " + metrics);
				} else {
					long count = headcount(metrics);
					outcome = count == base ? "none" : count == base + rows ? "all" : "partial";
					if (outcome.equals("partial")) {
						record.lost("the store holds " + (count - base) + " of the file's " + rows + " rows after a kill " + point);
					}
				}
				Set<String> extra = new TreeSet<>(names(store));
				extra.removeAll(names(pristine));
				record.leftoversSeen(extra.size());
				record.leftoversNotCleared(extra.size(), "left in the store folder after the store was opened again (kill " + point
						+ "): " + extra);
			}
			if (run.completed()) {
				record.check(outcome.equals("all"), "a run that ended normally imported " + outcome + " of the rows");
			}
			record.check(run.landed() || run.exitCode() == 0, "the run ended by itself with exit code " + run.exitCode()
					+ ":\n" + run.err());
			checkProductTemp(record, "after a kill " + point);
			if (run.landed() && outcome.startsWith("none") && grown > 1 << 20) {
				record.count("killed_writing_rows"); // the store had grown by rows when the kill came: in the import's transaction
			}
			record.point(run, point, run.landed() && !untouched, outcome + (bulk ? " (bulk load)" : " (batched)"), 0,
					record.failures().subList(failuresBefore, record.failures().size()), String.format("store grew by %,d bytes", grown));
		}
		finish(record, systemTemp, killed);
	}

	private static String[] headcountCommand() {
		return new String[] { "metrics", "headcount", "--db", "workforce/store", "--from", "2020-01", "--to", "2020-01",
				"--threshold", "1", "--format", "json" };
	}

	/** The headcount a {@code metrics headcount --format json} run printed. */
	private static long headcount(Product.Run run) {
		assertEquals(0, run.exitCode(), run.toString());
		JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
		return Math.round(json.getAsJsonArray("rows").get(0).getAsJsonObject().get("value").getAsDouble());
	}

	/**
	 * The closing checks of a scenario: nothing the product wrote in the system temp folder, and no
	 * JVM performance file of a killed run left (the next JVM's start removes those of dead processes);
	 * then the record is written and the scenario fails on any failure.
	 */
	private static void finish(KillRecord record, Set<String> systemTempBefore, List<Long> killedPids) throws IOException {
		Set<String> added = new TreeSet<>(systemTempSuspects());
		added.removeAll(systemTempBefore);
		record.tempFiles(added.size(), "new in the system temp folder " + SYSTEM_TEMP + ": " + added);
		Path perfData = SYSTEM_TEMP.resolve("hsperfdata_" + System.getProperty("user.name"));
		List<Long> perfLeft = killedPids.stream().filter(pid -> Files.exists(perfData.resolve(String.valueOf(pid)))).toList();
		if (!perfLeft.isEmpty()) {
			product.cli("--version"); // the next JVM to start removes those of processes that are gone
			perfLeft = perfLeft.stream().filter(pid -> Files.exists(perfData.resolve(String.valueOf(pid)))).toList();
		}
		record.tempFiles(perfLeft.size(), "JVM performance files of killed runs still in " + perfData
				+ " after the next JVM started: " + perfLeft);
		record.write();
		assertTrue(record.failures().isEmpty(), record.failures().size() + " failure(s):\n" + String.join("\n", record.failures()));
	}

	private static void checkProductTemp(KillRecord record, String when) throws IOException {
		List<String> left;
		try (Stream<Path> entries = Files.list(productTemp)) {
			left = entries.map(p -> p.getFileName().toString()).sorted().toList();
		}
		record.tempFiles(left.size(), "in the product's temp folder " + when + ": " + left);
		deleteTree(productTemp);
		Files.createDirectories(productTemp);
	}

	private static Set<String> systemTempSuspects() throws IOException {
		try (Stream<Path> entries = Files.list(SYSTEM_TEMP)) {
			return entries.map(p -> p.getFileName().toString()).filter(n -> SYSTEM_TEMP_SUSPECT.matcher(n).matches())
					.collect(java.util.stream.Collectors.toCollection(TreeSet::new));
		}
	}

	/** The partial files of AtomicWrite in {@code folder}, with the process that wrote each. */
	private static Map<Path, Long> partials(Path folder) {
		Map<Path, Long> found = new TreeMap<>();
		try (Stream<Path> entries = Files.list(folder)) {
			entries.forEach(entry -> {
				Matcher matcher = PARTIAL.matcher(entry.getFileName().toString());
				if (matcher.matches()) {
					found.put(entry, Long.parseLong(matcher.group(2)));
				}
			});
		} catch (IOException e) {
			// a folder not there yet has none
		}
		return found;
	}

	/** The names of some partial files, for a message. */
	private static String shortly(java.util.Collection<Path> partials) {
		List<String> names = partials.stream().map(p -> p.getFileName().toString()).toList();
		return names.size() <= 4 ? names.toString() : names.subList(0, 4) + " and " + (names.size() - 4) + " more";
	}

	/** The file a partial file was written for. */
	private static String target(Path partial) {
		Matcher matcher = PARTIAL.matcher(partial.getFileName().toString());
		return matcher.matches() ? matcher.group(1) : "";
	}

	/** The CSV files of a folder (not the hidden partial ones), by name. */
	private static Map<String, byte[]> csvFiles(Path folder) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> entries = Files.list(folder)) {
			for (Path entry : (Iterable<Path>) entries::iterator) {
				String name = entry.getFileName().toString();
				if (!name.startsWith(".")) {
					files.put(name, Files.readAllBytes(entry));
				}
			}
		}
		return files;
	}

	/** Every file under {@code root}, by relative path, with its bytes. */
	private static Map<String, byte[]> tree(Path root) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> entries = Files.walk(root)) {
			for (Path entry : (Iterable<Path>) entries::iterator) {
				if (Files.isRegularFile(entry)) {
					files.put(root.relativize(entry).toString(), Files.readAllBytes(entry));
				} else if (Files.isDirectory(entry) && !entry.equals(root)) {
					files.put(root.relativize(entry) + "/", new byte[0]);
				}
			}
		}
		return files;
	}

	private static long bytes(Map<String, byte[]> tree) {
		return tree.values().stream().mapToLong(b -> b.length).sum();
	}

	private static boolean sameTree(Map<String, byte[]> a, Map<String, byte[]> b) {
		return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> Arrays.equals(a.get(k), b.get(k)));
	}

	/** The entries of a store folder and of its database folder, one level each. */
	private static Set<String> names(Path store) throws IOException {
		Set<String> names = new TreeSet<>();
		for (Path folder : List.of(store, store.resolve("workforce"))) {
			if (Files.isDirectory(folder)) {
				try (Stream<Path> entries = Files.list(folder)) {
					entries.forEach(e -> names.add(store.relativize(e).toString()));
				}
			}
		}
		return names;
	}

	private static Set<String> names(Map<String, byte[]> tree) {
		Set<String> names = new TreeSet<>();
		for (String path : tree.keySet()) {
			String[] parts = path.split("/");
			names.add(parts[0]);
			if (parts[0].equals("workforce") && parts.length > 1) {
				names.add("workforce/" + parts[1]);
			}
		}
		return names;
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> entries = Files.walk(from)) {
			for (Path entry : (Iterable<Path>) entries::iterator) {
				Path copy = to.resolve(from.relativize(entry).toString());
				if (Files.isDirectory(entry)) {
					Files.createDirectories(copy);
				} else {
					Files.copy(entry, copy);
				}
			}
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> entries = Files.walk(root)) {
			entries.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
				try {
					Files.delete(p);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}

	private static long folderSize(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
	}

	private static String size(long bytes) {
		return bytes >= 1 << 20 ? String.format("%.1f MB", bytes / 1048576.0) : String.format("%d KB", bytes / 1024);
	}

	private static Product.Run ok(Product.Run run) {
		assertEquals(0, run.exitCode(), run.toString());
		return run;
	}
}
