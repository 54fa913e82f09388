package org.intdesigner.workforce.ui.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;
import org.intdesigner.workforce.store.DerbyErrors;
import org.intdesigner.workforce.store.StoreException;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;

/**
 * The workbench's one workforce store, shared by the dashboard, the import wizard and whatever else
 * reads workforce data: opened when first needed, where the preferences say (Window &gt; Preferences
 * &gt; INT Designer &gt; Workforce Store), and kept open, because an embedded Derby store can be open
 * in one program only and opening one takes a while. It is closed when the workbench shuts down
 * and when the preferences change. Listeners hear when the data changed (an import) or the store
 * did; they are called on whichever thread made the change and move to the UI thread themselves.
 */
public final class WorkforceStores {

	private static final WorkforceStores INSTANCE = new WorkforceStores();

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final ServerPasswords passwords = new ServerPasswords();
	private final Object opening = new Object();
	private PasswordPrompt prompt;
	private StoreLocation override;
	private WorkforceStore open;
	/** Counts changes of the store, so that an opening overtaken by one is not kept. */
	private long generation;
	private boolean shutdownHooked;

	private WorkforceStores() {
	}

	/** The workbench's store service. */
	public static WorkforceStores get() {
		INSTANCE.closeOnShutdown();
		return INSTANCE;
	}

	private synchronized void closeOnShutdown() {
		if (shutdownHooked || !PlatformUI.isWorkbenchRunning()) {
			return;
		}
		shutdownHooked = true;
		PlatformUI.getWorkbench().addWorkbenchListener(new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench workbench, boolean forced) {
				return true;
			}

			@Override
			public void postShutdown(IWorkbench workbench) {
				close();
			}
		});
	}

	/** The passwords of workforce servers (secure storage and this session's). */
	public ServerPasswords passwords() {
		return passwords;
	}

	/**
	 * The store, opened if it is not open yet. Call it from a background thread (a job, a wizard's
	 * runnable): opening may take a while, and a server store whose password is not known asks for it.
	 *
	 * @throws StoreException with a message for the person: the folder is in use by another program,
	 *         no server answers, the server refused the user, no password was given
	 */
	public WorkforceStore store() throws StoreException {
		// one opening at a time; the state lock is only held briefly, so that the UI thread can ask
		// where the store is, or change it, while a password dialog is open for an opening
		synchronized (opening) {
			StoreLocation tests;
			long started;
			synchronized (this) {
				if (open != null) {
					return open;
				}
				tests = override;
				started = generation;
			}
			WorkforceStore opened = tests != null ? WorkforceStore.open(tests) : openPreferred();
			synchronized (this) {
				if (started != generation) {
					opened.close();
					throw new StoreException("The workforce store was changed in the preferences while it was being opened:"
							+ " try again.");
				}
				open = opened;
				return open;
			}
		}
	}

	private WorkforceStore openPreferred() throws StoreException {
		StoreChoice choice = StorePreferences.load();
		String problem = choice.problem();
		if (problem != null) {
			throw new StoreException("The workforce store in the preferences cannot be used: " + problem
					+ " (Window > Preferences > INT Designer > Workforce Store)");
		}
		return choice.embedded() ? WorkforceStore.open(choice.location(null)) : openServer(choice);
	}

	private WorkforceStore openServer(StoreChoice choice) throws StoreException {
		char[] password;
		try {
			password = passwords.find(choice);
		} catch (StorageException e) {
			throw new StoreException("The saved password of " + choice.describe() + " cannot be read from secure storage ("
					+ e.getMessage() + "): untick and tick again \"Save password in secure storage\" in the preferences and"
					+ " type the password.", e);
		}
		boolean typed = password == null;
		if (typed) {
			password = prompter().ask(choice, "The password of " + choice.user().trim() + " is needed to open "
					+ choice.describe() + ".");
			if (password == null) {
				throw new StoreException("No password was given for " + choice.describe() + ", so the workforce store was"
						+ " not opened.");
			}
		}
		try {
			WorkforceStore store = WorkforceStore.open(choice.location(password));
			if (typed || !passwords.inSession(choice)) {
				remember(choice, password);
			}
			return store;
		} catch (StoreException e) {
			if (DerbyErrors.has(e, "08004")) {
				passwords.forget(choice); // refused: ask next time rather than try the same password again
			}
			throw e;
		}
	}

	private void remember(StoreChoice choice, char[] password) throws StoreException {
		try {
			passwords.remember(choice, password);
		} catch (StorageException | java.io.IOException e) {
			throw new StoreException("The password of " + choice.describe() + " could not be saved in secure storage: "
					+ e.getMessage(), e);
		}
	}

	private synchronized PasswordPrompt prompter() {
		return prompt != null ? prompt : PasswordDialog.prompt();
	}

	/** Asks for passwords with {@code other} instead of the password dialog (null: the dialog again). */
	public synchronized void usePasswordPrompt(PasswordPrompt other) {
		prompt = other;
	}

	/** Where the store is (opened or not): the tests' location, else the preferences'; never with a password. */
	public synchronized StoreLocation location() {
		return override != null ? override : StorePreferences.load().location(null);
	}

	/**
	 * Uses the store at {@code location} instead of the one the preferences name (null: the
	 * preferences' again). For tests, which keep their stores under target/ or the temp folder.
	 */
	public void useLocation(StoreLocation location) {
		synchronized (this) {
			closeOpen();
			override = location;
		}
		fire();
	}

	/** The preferences changed: the store is closed, and opened again where they now say when next needed. */
	public void preferencesChanged() {
		synchronized (this) {
			closeOpen();
		}
		fire();
	}

	/** Data was written to the store (an import): listeners show it. */
	public void dataChanged() {
		fire();
	}

	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** Closes the store (the workbench is shutting down); it opens again if asked for. */
	public synchronized void close() {
		closeOpen();
	}

	private void closeOpen() {
		generation++;
		if (open != null) {
			open.close();
			open = null;
		}
	}

	private void fire() {
		for (Runnable listener : listeners) {
			listener.run();
		}
	}
}
