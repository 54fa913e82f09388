package org.intdesigner.examples.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.intdesigner.cli.api.IntdCommandLine;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * This fragment's plugin.xml contributes a command named check, as the built-in one is: it is refused, the log says
 * so naming both plug-ins, and the built-in check and the example's count-posts both still run.
 */
class ClashingCommandTest {

	@TempDir
	Path temp;

	@Test
	void aCommandNamedAsABuiltInIsRefusedAndTheBuiltInRuns() throws Exception {
		Path file = temp.resolve("riverside.intd");
		ModelFiles.saveNew(ExamplePlace.create(), file);
		List<IStatus> logged = new ArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		ILog log = ILog.of(IntdCommandLine.class);
		log.addLogListener(listener);
		CliOutput check;
		try {
			check = CliOutput.of("check", file.toString());
		} finally {
			log.removeLogListener(listener);
		}
		assertEquals(0, check.exitCode(), check.err());
		assertTrue(check.out().contains("integrity: ok"), "the built-in check ran: " + check.out());

		List<IStatus> refusals = logged.stream().filter(status -> status.getMessage().contains("'check'")).toList();
		assertEquals(1, refusals.size(), logged.toString());
		assertEquals(IStatus.WARNING, refusals.get(0).getSeverity());
		assertEquals("The command 'check' of the plug-in org.intdesigner.examples.commands is left out: the built-in command"
				+ " 'check' of org.intdesigner.cli has that name. Give the plug-in's command another name in its plugin.xml.",
				refusals.get(0).getMessage());

		CliOutput example = CliOutput.of("count-posts", file.toString());
		assertEquals(0, example.exitCode(), example.err());
	}
}
