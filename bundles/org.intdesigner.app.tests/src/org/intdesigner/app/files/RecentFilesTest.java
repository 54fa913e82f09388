package org.intdesigner.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.intdesigner.app.preferences.AppPreferences;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecentFilesTest {

	private IEclipsePreferences node;
	private RecentFiles recent;

	@BeforeEach
	void freshNode() throws Exception {
		node = (IEclipsePreferences) InstanceScope.INSTANCE.getNode("org.intdesigner.app.tests.recent");
		node.clear();
		recent = new RecentFiles(node);
	}

	@Test
	void newestFirstWithoutDuplicates() {
		recent.add(Path.of("/m/a.intd"));
		recent.add(Path.of("/m/b.intd"));
		recent.add(Path.of("/m/x/../a.intd"));
		assertEquals(List.of(Path.of("/m/a.intd"), Path.of("/m/b.intd")), recent.list());
	}

	@Test
	void keepsAtMostTheConfiguredNumber() {
		node.putInt(AppPreferences.RECENT_FILES_MAX, 2);
		recent.add(Path.of("/m/a.intd"));
		recent.add(Path.of("/m/b.intd"));
		recent.add(Path.of("/m/c.intd"));
		assertEquals(List.of(Path.of("/m/c.intd"), Path.of("/m/b.intd")), recent.list());
	}

	@Test
	void removesAndClears() {
		recent.add(Path.of("/m/a.intd"));
		recent.add(Path.of("/m/b.intd"));
		recent.remove(Path.of("/m/a.intd"));
		assertEquals(List.of(Path.of("/m/b.intd")), recent.list());
		recent.clear();
		assertEquals(List.of(), recent.list());
	}

	@Test
	void survivesInPreferences() {
		recent.add(Path.of("/m/with space & ampersand.intd"));
		assertEquals(List.of(Path.of("/m/with space & ampersand.intd")), new RecentFiles(node).list());
	}
}
