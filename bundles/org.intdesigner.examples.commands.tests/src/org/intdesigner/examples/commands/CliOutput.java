package org.intdesigner.examples.commands;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.intdesigner.cli.api.IntdCommandLine;

/** One run of the product's command line in this process, with the installed plug-ins' commands: what a user reads. */
record CliOutput(int exitCode, String out, String err) {

	static CliOutput of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = IntdCommandLine.run(new PrintWriter(out), new PrintWriter(err), args);
		return new CliOutput(code, out.toString(), err.toString());
	}
}
