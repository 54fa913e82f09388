package org.intdesigner.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Eclipse application behind {@code intdesigner --cli}: hands the arguments to {@link IntdCommand}. */
public class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		return Integer.valueOf(IntdCommand.run(args == null ? new String[0] : args));
	}

	@Override
	public void stop() {
		// commands are short; nothing to interrupt
	}
}
