package org.intdesigner.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product with files from elsewhere and folders of the user's: a model that names a network
 * address makes no request through any command, and commands create nothing they do not need (no data
 * folder for a check, Derby's log beside the store in use, never in the home folder).
 */
class UntrustedInputTest {

	@TempDir
	Path temp;

	@Test
	void noCommandFetchesTheAddressesAModelNames() throws IOException {
		try (ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
			AtomicInteger connections = new AtomicInteger();
			Thread.ofVirtual().start(() -> {
				while (!listener.isClosed()) {
					try (Socket socket = listener.accept()) {
						connections.incrementAndGet();
					} catch (IOException e) {
						return;
					}
				}
			});
			Product product = new Product(temp);
			Files.writeString(temp.resolve("hostile.intd"), """
					<?xml version="1.0" encoding="UTF-8"?>
					<intd:IntdModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:intd="http://www.intdesigner.org/intd/1.0" id="m1" name="Hostile" formatVersion="1.0">
					  <organisations id="o1" name="Riverside PCN"/>
					  <posts id="p1" name="Lead" employer="o1">
					    <lineManager href="http://127.0.0.1:%d/model.intd#x"/>
					  </posts>
					  <accountabilities id="a1" name="Care">
					    <assignments id="r1" code="A"><party xsi:type="intd:Post" href="http://127.0.0.1:%d/model.intd#y"/></assignments>
					  </accountabilities>
					</intd:IntdModel>
					""".formatted(listener.getLocalPort(), listener.getLocalPort()));
			for (List<String> command : List.of(List.of("check", "hostile.intd"), List.of("validate", "hostile.intd"),
					List.of("export-csv", "hostile.intd", "csv"), List.of("export-raci", "hostile.intd", "raci.xlsx"),
					List.of("metrics", "headcount", "--db", "store", "--model", "hostile.intd"))) {
				Product.Run run = product.cli(command.toArray(String[]::new));
				assertTrue(run.exitCode() == 1 || run.exitCode() == 2, run.toString());
				assertTrue((run.out() + run.err()).contains("nothing was fetched"), run.toString());
			}
			assertEquals(0, connections.get(), "no command made a request to the address in the model");
			assertFalse(Files.exists(temp.resolve("csv")) && Files.list(temp.resolve("csv")).findAny().isPresent(),
					"nothing exported");
		}
	}

	@Test
	void commandsCreateNothingTheyDoNotNeedAndKeepDerbysLogBesideTheStore() throws IOException {
		// Java's user.home is the account's, whatever HOME says: Derby used to log there from every store command
		Path accountLog = Path.of(System.getProperty("user.home"), ".intdesigner", "derby.log");
		long before = Files.exists(accountLog) ? Files.getLastModifiedTime(accountLog).toMillis() : -1;
		Product product = new Product(temp);
		assertEquals(0, product.cli("example", "riverside").exitCode());
		assertEquals(0, product.cli("check", "riverside/riverside.intd").exitCode());
		assertFalse(Files.exists(product.data()), "a check needs no data folder");
		Product.Run imported = product.cli("import-workforce", "staff", "riverside/workforce/staff.csv", "--db", "elsewhere");
		assertEquals(0, imported.exitCode(), imported.toString());
		assertTrue(Files.isRegularFile(temp.resolve("elsewhere/derby.log")), "Derby's log beside the store in use");
		Product.Run mistyped = product.cli("metrics", "headcount", "--db", "elsewehre");
		assertEquals(1, mistyped.exitCode(), mistyped.toString());
		assertTrue(mistyped.err().contains("elsewehre holds no workforce store"), mistyped.toString());
		assertFalse(Files.exists(temp.resolve("elsewehre")), "a mistyped folder does not become an empty store");
		try (var home = Files.list(product.home())) {
			assertEquals(List.of(), home.toList(), "nothing written into the home folder");
		}
		assertEquals(before, Files.exists(accountLog) ? Files.getLastModifiedTime(accountLog).toMillis() : -1,
				"nothing written into the account's real home folder either");
	}
}
