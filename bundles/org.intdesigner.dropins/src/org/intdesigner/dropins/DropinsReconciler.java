package org.intdesigner.dropins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Makes the installed plug-ins match the jars in the dropins folders: a new jar is installed, a jar newer than its
 * installed copy is updated, a plug-in whose jar was taken away is uninstalled; then all are resolved and started
 * (lazily, as their manifests ask). A jar that is no plug-in, a second copy of one, or one whose requirements are
 * missing is logged with its file and what to do, and the others and the built-in plug-ins load as before.
 * Plug-ins from a dropins folder are known by their location, the jar's file URI.
 * <p>
 * The product's simpleconfigurator installs exactly the plug-ins of its bundles.info at every start (exclusive
 * installation), so it removes the dropped-in ones and this installs them again, which takes milliseconds. So that
 * the log does not say so at every start, a jar's installation is logged once per jar and modification time
 * ({@link AnnouncedJars}).
 */
public final class DropinsReconciler {

	private static final long REFRESH_TIMEOUT_SECONDS = 30;
	private final BundleContext context;
	private final DropinsLog log;
	private final AnnouncedJars announced;

	public DropinsReconciler(BundleContext context, DropinsLog log) {
		this.context = context;
		this.log = log;
		this.announced = new AnnouncedJars(context.getDataFile("announced-jars.properties"));
	}

	/** Reconciles with these folders (missing ones have no jars); returns the dropped-in plug-ins now installed. */
	public List<Bundle> reconcile(List<Path> folders) {
		Map<String, Path> jars = new LinkedHashMap<>();
		for (Path folder : folders) {
			for (Path jar : jarsIn(folder)) {
				jars.put(jar.toUri().toString(), jar);
			}
		}
		List<Bundle> changed = new ArrayList<>();
		Map<String, Bundle> installed = new LinkedHashMap<>();
		for (Bundle bundle : context.getBundles()) {
			if (isFrom(bundle, folders)) {
				installed.put(bundle.getLocation(), bundle);
			}
		}
		installed.forEach((location, bundle) -> {
			if (!jars.containsKey(location)) {
				uninstall(bundle, changed);
			}
		});
		List<Bundle> dropins = new ArrayList<>();
		jars.forEach((location, jar) -> {
			Bundle bundle = installed.get(location);
			Bundle current = bundle == null ? install(location, jar) : updateIfNewer(bundle, jar, changed);
			if (current != null) {
				dropins.add(current);
			}
		});
		refresh(changed);
		context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(dropins);
		dropins.forEach(this::start);
		announced.keepOnly(jars.keySet());
		return dropins;
	}

	private List<Path> jarsIn(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".jar") && Files.isRegularFile(file))
					.sorted().toList();
		} catch (IOException e) {
			log.error("INT Designer cannot read the dropins folder " + folder + ": " + e.getMessage()
					+ ". Make it readable; its plug-ins are not loaded.", e);
			return List.of();
		}
	}

	private static boolean isFrom(Bundle bundle, List<Path> folders) {
		for (Path folder : folders) {
			if (bundle.getLocation().startsWith(folder.toUri().toString())) {
				return true;
			}
		}
		return false;
	}

	private Bundle install(String location, Path jar) {
		String problem = notAPlugin(jar);
		if (problem != null) {
			log.error("The dropins file " + jar + " is left out: " + problem
					+ ". Build it as an INT Designer plug-in (see \"Your first INT Designer plug-in\" in the help) or remove it.",
					null);
			return null;
		}
		try (InputStream in = Files.newInputStream(jar)) {
			Bundle bundle = context.installBundle(location, in);
			if (announced.isNew(location, Files.getLastModifiedTime(jar).toMillis())) {
				log.info("Installed the plug-in " + name(bundle) + " from " + jar + ".");
			}
			return bundle;
		} catch (BundleException e) {
			String why = e.getType() == BundleException.DUPLICATE_BUNDLE_ERROR
					? "the plug-in it holds is installed already (" + e.getMessage()
							+ "). Remove one of the two copies, or raise its Bundle-Version"
					: e.getMessage() + ". Fix its META-INF/MANIFEST.MF or remove it";
			log.error("The dropins file " + jar + " is left out: " + why + ".", e);
		} catch (IOException e) {
			log.error("The dropins file " + jar + " cannot be read: " + e.getMessage() + ". Make it readable or remove it.", e);
		}
		return null;
	}

	/** Why a jar is no plug-in (no manifest, no Bundle-SymbolicName, not a zip), or null when it is one. */
	static String notAPlugin(Path jar) {
		try (JarFile file = new JarFile(jar.toFile())) {
			Manifest manifest = file.getManifest();
			if (manifest == null) {
				return "it has no META-INF/MANIFEST.MF, so it is a plain jar, not a plug-in";
			}
			if (manifest.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
				return "its META-INF/MANIFEST.MF has no Bundle-SymbolicName, so it is a plain jar, not a plug-in";
			}
			return null;
		} catch (IOException e) {
			return "it is not a jar (" + e.getMessage() + ")";
		}
	}

	private Bundle updateIfNewer(Bundle bundle, Path jar, List<Bundle> changed) {
		try {
			if (Files.getLastModifiedTime(jar).toMillis() <= bundle.getLastModified()) {
				return bundle;
			}
			try (InputStream in = Files.newInputStream(jar)) {
				bundle.update(in);
			}
			changed.add(bundle);
			log.info("Updated the plug-in " + name(bundle) + " from " + jar + ".");
		} catch (BundleException | IOException e) {
			log.error("The plug-in " + name(bundle) + " could not be updated from " + jar + ": " + e.getMessage()
					+ ". The copy installed before is used; fix or remove the jar.", e);
		}
		return bundle;
	}

	private void uninstall(Bundle bundle, List<Bundle> changed) {
		String name = name(bundle);
		try {
			bundle.uninstall();
			changed.add(bundle);
			log.info("Removed the plug-in " + name + ": its jar is no longer in a dropins folder.");
		} catch (BundleException e) {
			log.error("The plug-in " + name + " could not be removed: " + e.getMessage(), e);
		}
	}

	/** After updates and removals: the plug-ins that used the old copies rewire to the new (waits for it). */
	private void refresh(Collection<Bundle> changed) {
		if (changed.isEmpty()) {
			return;
		}
		CountDownLatch done = new CountDownLatch(1);
		context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(changed, event -> {
			if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
				done.countDown();
			}
		});
		try {
			done.await(REFRESH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Starts as the manifest asks (lazily for most); a plug-in that cannot resolve says what it misses. */
	private void start(Bundle bundle) {
		if ((bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0) {
			if (bundle.getState() == Bundle.INSTALLED) {
				log.error("The plug-in fragment " + name(bundle) + " from the dropins folder is not used: its host "
						+ "is missing or does not match. Install its host or remove " + location(bundle) + ".", null);
			}
			return;
		}
		try {
			bundle.start(Bundle.START_ACTIVATION_POLICY);
		} catch (BundleException e) {
			log.error("The plug-in " + name(bundle) + " from " + location(bundle) + " cannot be used: " + e.getMessage()
					+ " Install what it requires (or build it against this version of INT Designer), or remove it.", e);
		}
	}

	private static String name(Bundle bundle) {
		return bundle.getSymbolicName() + " " + bundle.getVersion();
	}

	private static String location(Bundle bundle) {
		return bundle.getLocation().replaceFirst("^file:(//)?", "");
	}
}
