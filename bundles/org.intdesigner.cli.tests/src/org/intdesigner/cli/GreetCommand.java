package org.intdesigner.cli;

import java.util.concurrent.Callable;

import org.intdesigner.cli.api.ExitCodes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A contributed command of the tests (fragment.xml): greets NAME, fails on the name "nobody" as a command should. */
@Command(name = "hello", aliases = "check")
public final class GreetCommand implements Callable<Integer> {

	enum Tone {
		PLAIN, WARM
	}

	@Parameters(index = "0", paramLabel = "NAME", description = "who to greet")
	String name;

	@Option(names = "--tone", defaultValue = "plain", description = "plain or warm")
	Tone tone;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		if (name.equals("nobody")) {
			throw new IllegalArgumentException("nobody: there is no one of that name; give a name.");
		}
		spec.commandLine().getOut().print((tone == Tone.WARM ? "Hello, dear " : "Hello, ") + name);
		return ExitCodes.OK;
	}
}
