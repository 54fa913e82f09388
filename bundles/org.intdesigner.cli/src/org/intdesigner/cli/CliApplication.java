package org.intdesigner.cli;

import java.util.Arrays;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Eclipse application behind {@code intdesigner --cli}: hands the arguments to {@link IntdCommand}. */
public class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		String[] given = args == null ? new String[0] : args;
		if (!Arrays.asList(given).contains("--verbose")) {
			FrameworkLogHandler.install();
		}
		return Integer.valueOf(IntdCommand.run(given));
	}

	@Override
	public void stop() {
		// commands are short; nothing to interrupt
	}
}
