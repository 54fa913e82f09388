package org.intdesigner.workforce.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * The port clients of the workforce server connect to, in front of Derby's own. Derby answers its
 * administration commands (sysinfo, runtimeinfo, trace, logconnections, ...: account name, home folder,
 * paths) to anyone on the machine without a password; only shutdown asks for one. So the server's
 * port passes on database connections (DRDA, which Derby authenticates) and refuses every connection
 * that starts with Derby's command header {@code CMD:}. INT Designer itself talks to Derby's own
 * port, which is on this machine only, unannounced, and changes with every start.
 */
final class GuardedPort implements AutoCloseable {

	private static final byte[] COMMAND_HEADER = "CMD:".getBytes(StandardCharsets.US_ASCII);
	private static final int FIRST_BYTES_TIMEOUT_MS = 30_000;

	private final ServerSocket socket;
	private final int derbyPort;
	private final PrintWriter log;
	private final Thread acceptor;
	private volatile boolean closed;

	private GuardedPort(ServerSocket socket, int derbyPort, PrintWriter log) {
		this.socket = socket;
		this.derbyPort = derbyPort;
		this.log = log;
		this.acceptor = Thread.ofPlatform().daemon().name("workforce server port " + socket.getLocalPort())
				.unstarted(this::accept);
	}

	/** Listens on localhost:{@code port} and passes database connections on to Derby on localhost:{@code derbyPort}. */
	static GuardedPort open(int port, int derbyPort, PrintWriter log) throws IOException {
		ServerSocket socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
		GuardedPort guarded = new GuardedPort(socket, derbyPort, log);
		guarded.acceptor.start();
		return guarded;
	}

	int port() {
		return socket.getLocalPort();
	}

	private void accept() {
		while (!closed) {
			try {
				Socket client = socket.accept();
				Thread.ofVirtual().start(() -> serve(client));
			} catch (IOException e) {
				if (!closed) {
					log("accepting a connection failed: " + e.getMessage());
				}
			}
		}
	}

	private void serve(Socket client) {
		try (client) {
			client.setSoTimeout(FIRST_BYTES_TIMEOUT_MS);
			InputStream in = client.getInputStream();
			byte[] first = in.readNBytes(COMMAND_HEADER.length);
			if (Arrays.equals(first, COMMAND_HEADER)) {
				log("refused a Derby administration command from " + client.getRemoteSocketAddress()
						+ ": the workforce server answers database connections only");
				return;
			}
			client.setSoTimeout(0);
			try (Socket derby = new Socket(InetAddress.getLoopbackAddress(), derbyPort)) {
				OutputStream toDerby = derby.getOutputStream();
				toDerby.write(first);
				toDerby.flush();
				Thread back = Thread.ofVirtual().start(() -> pipe(derby, client));
				pipe(client, derby);
				back.join();
			}
		} catch (SocketTimeoutException e) {
			// a client that said nothing: dropped
		} catch (IOException e) {
			// the client or Derby went away: nothing to pass on any more
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Copies {@code from} to {@code to} until {@code from} ends, then ends {@code to}'s output. */
	private static void pipe(Socket from, Socket to) {
		try {
			from.getInputStream().transferTo(to.getOutputStream());
		} catch (IOException e) {
			// one side closed: the other is closed below
		} finally {
			try {
				to.shutdownOutput();
			} catch (IOException e) {
				// already closed
			}
		}
	}

	private void log(String message) {
		if (log != null) {
			log.println(LocalDateTime.now() + " " + message);
		}
	}

	@Override
	public void close() {
		closed = true;
		try {
			socket.close();
		} catch (IOException e) {
			// closing
		}
	}
}
