package org.intdesigner.diagram.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.intdesigner.diagram.validation.SpecificationProblem;
import org.junit.jupiter.api.Test;

/** Problems reach the platform log once, grouped by file, each naming its file and mapping. */
class SpecificationRegistryLogTest {

	@Test
	void oneEntryPerFileWithAChildPerProblem() {
		List<IStatus> logged = new ArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		ILog log = ILog.of(SpecificationRegistry.class);
		log.addLogListener(listener);
		try {
			SpecificationRegistry.log(List.of(
					SpecificationProblem.error("b/specs/one.intdspec", "NodeMapping 'post'", "has no name"),
					SpecificationProblem.warning("b/specs/one.intdspec", "NodeMapping 'team'", "domainClass 'Taem' is unknown"),
					SpecificationProblem.warning("b/specs/two.intdspec", "Filter 'f'", "something")));
		} finally {
			log.removeLogListener(listener);
		}
		assertEquals(2, logged.size(), logged.toString());
		IStatus one = logged.get(0);
		assertEquals(IStatus.ERROR, one.getSeverity());
		assertEquals("Diagram specifications: b/specs/one.intdspec has 1 error(s) and is not used", one.getMessage());
		assertEquals("b/specs/one.intdspec: NodeMapping 'post': has no name", one.getChildren()[0].getMessage());
		assertEquals(IStatus.WARNING, logged.get(1).getSeverity());
	}
}
