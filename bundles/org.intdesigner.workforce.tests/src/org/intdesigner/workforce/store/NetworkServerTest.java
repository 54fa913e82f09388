package org.intdesigner.workforce.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;

import org.apache.derby.drda.NetworkServerControl;
import org.intdesigner.workforce.imports.TestPorts;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local network server: localhost only, nobody in without the password, clear messages. */
class NetworkServerTest {

	@TempDir
	Path temp;

	@Test
	void aClientWithTheWrongPasswordOrNoneIsRefused() throws Exception {
		NetworkServer server = TestStores.server();
		StoreLocation.Server right = TestStores.location(StoreMode.NETWORK, temp) instanceof StoreLocation.Server s ? s : null;
		for (char[] wrong : new char[][] { "not-it-at-all".toCharArray(), null }) {
			StoreLocation.Server location = new StoreLocation.Server("localhost", server.port(), right.database(),
					TestStores.USER, wrong);
			StoreException e = assertThrows(StoreException.class, () -> WorkforceStore.open(location));
			assertTrue(e.getMessage().contains("refused user 'planner'"), e.getMessage());
		}
		StoreException e = assertThrows(StoreException.class, () -> WorkforceStore.open(new StoreLocation.Server("localhost",
				server.port(), right.database(), "intruder", "whatever-it-is".toCharArray())));
		assertTrue(e.getMessage().contains("refused user 'intruder'"), e.getMessage());
	}

	@Test
	void theServerListensOnTheLoopbackAddressOnly() throws Exception {
		NetworkServer server = TestStores.server();
		try (Socket local = new Socket()) {
			local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 2000);
		}
		Optional<InetAddress> outside = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
				.filter(i -> !isLoopback(i)).flatMap(i -> Collections.list(i.getInetAddresses()).stream())
				.filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress()).findFirst();
		Assumptions.assumeTrue(outside.isPresent(), "this machine has no address but the loopback one");
		try (Socket remote = new Socket()) {
			assertThrows(IOException.class, () -> remote.connect(new InetSocketAddress(outside.get(), server.port()), 2000),
					"connected on " + outside.get());
		}
	}

	private static boolean isLoopback(NetworkInterface networkInterface) {
		try {
			return networkInterface.isLoopback();
		} catch (java.net.SocketException e) {
			return true;
		}
	}

	@Test
	void noServerAtAPortSaysSo() {
		StoreException e = assertThrows(StoreException.class, () -> WorkforceStore.open(StoreLocation.server(
				"localhost:" + TestPorts.free(), "planner", "whatever-it-is".toCharArray())));
		assertTrue(e.getMessage().contains("No workforce server answers at localhost:"), e.getMessage());
		assertTrue(e.getMessage().contains("./intd workforce-server"), e.getMessage());
	}

	@Test
	void aSecondServerOnTheSamePortSaysThePortIsInUse() throws Exception {
		NetworkServer first = TestStores.server();
		StoreException e = assertThrows(StoreException.class,
				() -> NetworkServer.start(temp, first.port(), "other", NetworkServer.generatePassword()));
		assertTrue(e.getMessage().contains("port " + first.port()), e.getMessage());
	}

	@Test
	void userNamesAndPasswordsAreChecked() {
		StoreException user = assertThrows(StoreException.class,
				() -> NetworkServer.start(temp, TestPorts.free(), "no spaces", NetworkServer.generatePassword()));
		assertTrue(user.getMessage().contains("cannot be a user name"), user.getMessage());
		StoreException password = assertThrows(StoreException.class,
				() -> NetworkServer.start(temp, TestPorts.free(), "planner2", "short".toCharArray()));
		assertTrue(password.getMessage().contains("at least 8"), password.getMessage());
		assertEquals(20, NetworkServer.generatePassword().length);
	}

	@Test
	void locationsParse() {
		StoreLocation.Server server = StoreLocation.server("db.example:1600/place", "u", null);
		assertEquals("db.example", server.host());
		assertEquals(1600, server.port());
		assertEquals("place", server.database());
		assertEquals(StoreLocation.DATABASE_NAME, StoreLocation.server("localhost:1527", "u", null).database());
		assertThrows(IllegalArgumentException.class, () -> StoreLocation.server("localhost", "u", null));
		assertTrue(!new StoreLocation.Server("h", 1, "d", "u", "secret".toCharArray()).toString().contains("secret"));
	}

	@Test
	void derbysAdministrationCommandsAreNotAnsweredOnTheServersPort() throws Exception {
		NetworkServer server = TestStores.server();
		NetworkServerControl asked = new NetworkServerControl(InetAddress.getLoopbackAddress(), server.port());
		assertThrows(Exception.class, asked::getSysinfo, "sysinfo: account, home folder, paths, without a password");
		assertThrows(Exception.class, asked::getRuntimeInfo);
		assertThrows(Exception.class, () -> asked.logConnections(true));
		try (TestStores.TestStore store = TestStores.open(StoreMode.NETWORK, temp)) {
			assertTrue(store.store().schemaVersion() > 0, "database connections still pass");
		}
	}

	@Test
	void aClientWithThePasswordReachesTheServedDatabaseOnly() throws Exception {
		NetworkServer server = TestStores.server();
		Path elsewhere = temp.resolve("elsewhere");
		StoreLocation.Server outside = new StoreLocation.Server("localhost", server.port(),
				elsewhere.resolve(StoreLocation.DATABASE_NAME).toAbsolutePath().toString(), TestStores.USER, TestStores.password());
		StoreException refused = assertThrows(StoreException.class, () -> WorkforceStore.open(outside));
		assertTrue(refused.getMessage().contains("refused user 'planner'"), refused.getMessage());
		assertFalse(Files.exists(elsewhere), "no database made at a path of the client's choosing");
	}
}
