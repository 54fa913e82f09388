package org.intdesigner.dropins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** Real plug-in jars written to a temporary dropins folder and reconciled into the running OSGi framework. */
class DropinsReconcilerTest {

	@TempDir
	Path dropins;
	private final List<String> infos = new ArrayList<>();
	private final List<String> errors = new ArrayList<>();
	private DropinsReconciler reconciler;

	@BeforeEach
	void setUp() throws BundleException {
		Bundle host = FrameworkUtil.getBundle(DropinsReconciler.class);
		if (host.getBundleContext() == null) {
			host.start();
		}
		BundleContext context = host.getBundleContext();
		reconciler = new DropinsReconciler(context, new DropinsLog() {
			@Override
			public void info(String message) {
				infos.add(message);
			}

			@Override
			public void error(String message, Throwable cause) {
				errors.add(message);
			}
		});
	}

	@AfterEach
	void removeWhatWasInstalled() throws IOException {
		try (var files = Files.list(dropins)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		reconciler.reconcile(List.of(dropins));
		assertTrue(installed("org.example.dropin").isEmpty(), "the test's plug-ins are uninstalled");
	}

	@Test
	void aDroppedPluginIsInstalledResolvedAndStarted() throws IOException {
		plugin("a.jar", "org.example.dropin", "1.0.0", "Require-Bundle: org.intdesigner.dropins");

		List<Bundle> loaded = reconciler.reconcile(List.of(dropins));

		assertEquals(1, loaded.size());
		Bundle bundle = loaded.get(0);
		assertEquals("org.example.dropin", bundle.getSymbolicName());
		assertTrue(bundle.getState() == Bundle.ACTIVE || bundle.getState() == Bundle.STARTING, "started: " + bundle.getState());
		assertEquals(List.of(), errors);
		assertTrue(infos.get(0).startsWith("Installed the plug-in org.example.dropin 1.0.0 from "), infos.toString());
	}

	@Test
	void aSecondStartLeavesAnInstalledPluginAsItIs() throws IOException {
		plugin("a.jar", "org.example.dropin", "1.0.0");
		Bundle first = reconciler.reconcile(List.of(dropins)).get(0);
		infos.clear();

		Bundle again = reconciler.reconcile(List.of(dropins)).get(0);

		assertEquals(first.getBundleId(), again.getBundleId());
		assertEquals(List.of(), infos);
	}

	@Test
	void aPluginTheProductRemovedAtStartIsInstalledAgainQuietly() throws IOException, BundleException {
		plugin("a.jar", "org.example.dropin", "1.0.0");
		reconciler.reconcile(List.of(dropins)).get(0).uninstall(); // as simpleconfigurator does at every start

		List<Bundle> loaded = reconciler.reconcile(List.of(dropins));

		assertEquals(1, loaded.size());
		assertEquals(1, infos.size(), "the installation is logged once: " + infos);
	}

	@Test
	void aNewerJarUpdatesThePluginAndATakenAwayJarRemovesIt() throws IOException {
		Path jar = plugin("a.jar", "org.example.dropin", "1.0.0");
		reconciler.reconcile(List.of(dropins));
		plugin("a.jar", "org.example.dropin", "1.0.1");
		Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 60_000));

		reconciler.reconcile(List.of(dropins));

		assertEquals(List.of(new Version("1.0.1")), installed("org.example.dropin").stream().map(Bundle::getVersion).toList());
		Files.delete(jar);
		reconciler.reconcile(List.of(dropins));
		assertEquals(List.of(), installed("org.example.dropin"));
		assertTrue(infos.get(infos.size() - 1).startsWith("Removed the plug-in org.example.dropin 1.0.1"), infos.toString());
	}

	@Test
	void aPlainJarIsLoggedByNameAndTheOthersStillLoad() throws IOException {
		Files.write(dropins.resolve("0-plain.jar"), new byte[] { 'P', 'K', 3, 4 });
		writeJar(dropins.resolve("1-library.jar"), new Manifest());
		plugin("2-good.jar", "org.example.dropin", "1.0.0");

		List<Bundle> loaded = reconciler.reconcile(List.of(dropins));

		assertEquals(List.of("org.example.dropin"), loaded.stream().map(Bundle::getSymbolicName).toList());
		assertEquals(2, errors.size(), errors.toString());
		assertTrue(errors.get(0).contains("0-plain.jar is left out: it is not a jar"), errors.get(0));
		assertTrue(errors.get(1).contains("1-library.jar is left out: its META-INF/MANIFEST.MF has no Bundle-SymbolicName"),
				errors.get(1));
		assertTrue(errors.get(1).contains("Your first INT Designer plug-in"), "says what to do: " + errors.get(1));
	}

	@Test
	void aPluginWhoseRequirementsAreMissingSaysWhatItMisses() throws IOException {
		plugin("needs.jar", "org.example.dropin.needy", "1.0.0", "Require-Bundle: org.example.not.installed");
		plugin("good.jar", "org.example.dropin", "1.0.0");

		List<Bundle> loaded = reconciler.reconcile(List.of(dropins));

		assertEquals(1, errors.size(), errors.toString());
		assertTrue(errors.get(0).startsWith("The plug-in org.example.dropin.needy 1.0.0 from "), errors.get(0));
		assertTrue(errors.get(0).contains("needs.jar cannot be used"), errors.get(0));
		assertTrue(errors.get(0).contains("org.example.not.installed"), "names the missing requirement: " + errors.get(0));
		int goodState = installed("org.example.dropin").get(0).getState();
		assertTrue(goodState == Bundle.STARTING || goodState == Bundle.ACTIVE, "the other plug-in is started: " + goodState);
		assertEquals(2, loaded.size(), "both stay installed: the needy one resolves once its requirement is dropped in");
	}

	@Test
	void aSecondCopyOfAPluginIsLoggedAndTheFirstIsUsed() throws IOException {
		plugin("a.jar", "org.example.dropin", "1.0.0");
		plugin("b.jar", "org.example.dropin", "1.0.0");

		List<Bundle> loaded = reconciler.reconcile(List.of(dropins));

		assertEquals(1, loaded.size());
		assertTrue(loaded.get(0).getLocation().endsWith("a.jar"));
		assertEquals(1, errors.size(), errors.toString());
		assertTrue(errors.get(0).contains("b.jar is left out: the plug-in it holds is installed already"), errors.get(0));
		assertTrue(errors.get(0).contains("Remove one of the two copies"), errors.get(0));
	}

	@Test
	void aMissingFolderHasNoPlugins() {
		assertEquals(List.of(), reconciler.reconcile(List.of(dropins.resolve("not-there"))));
		assertEquals(List.of(), errors);
	}

	@Test
	void theInstallationsAndTheDataFoldersDropinsAreRead() {
		assertEquals(Path.of("/opt/intd designer"), DropinsFolders.fileOf("file:/opt/intd designer/"));
		assertEquals(null, DropinsFolders.fileOf("http://example.org/"));
		BundleContext context = FrameworkUtil.getBundle(DropinsReconciler.class).getBundleContext();
		List<Path> folders = DropinsFolders.of(context);
		assertNotEquals(List.of(), folders);
		assertTrue(folders.stream().allMatch(folder -> folder.getFileName().toString().equals("dropins")), folders.toString());
	}

	private List<Bundle> installed(String symbolicName) {
		BundleContext context = FrameworkUtil.getBundle(DropinsReconciler.class).getBundleContext();
		return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).toList();
	}

	private Path plugin(String file, String symbolicName, String version, String... headers) throws IOException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", symbolicName);
		main.putValue("Bundle-Version", version);
		main.putValue("Bundle-ActivationPolicy", "lazy");
		for (String header : headers) {
			main.putValue(header.substring(0, header.indexOf(':')), header.substring(header.indexOf(':') + 1).trim());
		}
		Path jar = dropins.resolve(file);
		writeJar(jar, manifest);
		return jar;
	}

	private static void writeJar(Path jar, Manifest manifest) throws IOException {
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
			zip.putNextEntry(new JarEntry("about.txt"));
			zip.write("A plug-in written by a test.".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
	}
}
