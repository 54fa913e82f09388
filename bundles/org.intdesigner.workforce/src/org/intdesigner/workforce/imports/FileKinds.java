package org.intdesigner.workforce.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.intdesigner.workforce.imports.api.FileKind;
import org.intdesigner.workforce.imports.api.FileKindReader;
import org.intdesigner.workforce.imports.api.ImportTarget;

/**
 * The kinds of workforce file installed: those contributed to {@code org.intdesigner.workforce.fileKinds},
 * this bundle's own first (so that no plug-in can take the id of one), then the others by plug-in and
 * id. A contribution that is broken (no id, an unknown target, a class that cannot be made or is no
 * {@link FileKindReader}, an id another kind has) is left out and logged naming its plug-in; the others
 * stay. Outside OSGi (no extension registry) the kinds are this bundle's {@link ImportKind}s.
 */
public final class FileKinds {

	public static final String POINT = "org.intdesigner.workforce.fileKinds";
	static final String BUNDLE = "org.intdesigner.workforce";
	/** the import log's KIND column is 20 characters */
	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,19}");

	private final List<FileKind> kinds;
	private final List<String> problems;

	FileKinds(List<FileKind> kinds, List<String> problems) {
		this.kinds = List.copyOf(kinds);
		this.problems = List.copyOf(problems);
	}

	/** The kinds installed now (plug-ins come and go: ask each time). */
	public static FileKinds installed() {
		if (RegistryFactory.getRegistry() == null) {
			List<FileKind> plain = new ArrayList<>();
			for (ImportKind kind : ImportKind.values()) {
				plain.add(kind.plain());
			}
			return new FileKinds(plain, List.of());
		}
		List<FileKindContribution> contributions = new ArrayList<>();
		for (IConfigurationElement element : RegistryFactory.getRegistry().getConfigurationElementsFor(POINT)) {
			if ("fileKind".equals(element.getName())) {
				contributions.add(contribution(element));
			}
		}
		FileKinds kinds = of(contributions);
		kinds.problems.forEach(problem -> ILog.get().log(Status.warning(problem)));
		return kinds;
	}

	/** The kinds the contributions make, and a problem for each contribution left out. */
	static FileKinds of(List<FileKindContribution> contributions) {
		List<FileKindContribution> ordered = new ArrayList<>(contributions);
		ordered.sort(Comparator.comparing((FileKindContribution c) -> !BUNDLE.equals(c.contributor()))
				.thenComparing(FileKindContribution::contributor));
		Map<String, FileKind> kinds = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		for (FileKindContribution contribution : ordered) {
			try {
				FileKind kind = kind(contribution);
				FileKind taken = kinds.get(kind.id());
				if (taken != null) {
					throw new IllegalArgumentException("the id '" + kind.id() + "' is already the kind '" + taken.name()
							+ "' of " + taken.contributor() + ": give the kind an id of its own");
				}
				kinds.put(kind.id(), kind);
			} catch (IllegalArgumentException | FileKindContribution.NotMade e) {
				problems.add("Workforce file kind '" + contribution.id() + "' of plug-in " + contribution.contributor()
						+ " left out: " + e.getMessage());
			}
		}
		return new FileKinds(new ArrayList<>(kinds.values()), problems);
	}

	private static FileKind kind(FileKindContribution contribution) {
		String id = contribution.id() == null ? "" : contribution.id().trim();
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("its id must be 1 to 20 lower-case letters, digits and hyphens (the name"
					+ " typed on the command line)");
		}
		if (contribution.name() == null || contribution.name().isBlank()) {
			throw new IllegalArgumentException("it needs a name (shown in the import wizard)");
		}
		ImportTarget target = ImportTarget.of(contribution.target());
		Object made = contribution.newInstance().get(); // made once now, so that a broken class shows at once
		if (!(made instanceof FileKindReader)) {
			throw new IllegalArgumentException("its class " + made.getClass().getName() + " is no "
					+ FileKindReader.class.getName());
		}
		String columns = contribution.columns() == null || contribution.columns().isBlank()
				? String.join(",", ((FileKindReader) made).requiredColumns())
				: contribution.columns().strip().replaceAll("\\s+", " ");
		return new FileKind(id, contribution.name().trim(), columns, target, contribution.contributor(),
				() -> (FileKindReader) contribution.newInstance().get());
	}

	private static FileKindContribution contribution(IConfigurationElement element) {
		return new FileKindContribution(element.getAttribute("id"), element.getAttribute("name"), element.getAttribute("columns"),
				element.getAttribute("target"), element.getContributor().getName(), () -> {
					try {
						return element.createExecutableExtension("class");
					} catch (CoreException e) {
						throw new FileKindContribution.NotMade("its class " + element.getAttribute("class")
								+ " cannot be made: " + e.getMessage(), e);
					}
				});
	}

	/** Every kind, this bundle's first. */
	public List<FileKind> all() {
		return kinds;
	}

	/** Why contributions were left out (each also logged). */
	public List<String> problems() {
		return problems;
	}

	public Optional<FileKind> find(String id) {
		String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
		return kinds.stream().filter(kind -> kind.id().equals(wanted)).findFirst();
	}

	/** The kind called {@code id} (case ignored); an IllegalArgumentException listing the kinds when there is none. */
	public FileKind of(String id) {
		return find(id).orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not a kind of workforce file: use"
				+ " one of " + ids() + " (./intd import-workforce --kinds describes them)"));
	}

	public String ids() {
		return String.join(", ", kinds.stream().map(FileKind::id).toList());
	}
}
