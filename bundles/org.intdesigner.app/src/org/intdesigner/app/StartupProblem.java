package org.intdesigner.app;

/**
 * A reason the workbench cannot start, told in one sentence that says what is wrong and what to
 * do. The exit code lets scripts tell the cases apart.
 */
public record StartupProblem(String sentence, int exitCode) {

	public static final int EXIT_NO_DISPLAY = 3;
	public static final int EXIT_DATA_FOLDER = 4;
	public static final int EXIT_ALREADY_RUNNING = 5;

	public static StartupProblem noDisplay(String detail) {
		return new StartupProblem("INT Designer cannot open a window because no graphical display is available ("
				+ detail + "): start it from a desktop session, or under a virtual display with xvfb-run.",
				EXIT_NO_DISPLAY);
	}

	public static StartupProblem dataFolderNotWritable(String folder) {
		return new StartupProblem("INT Designer cannot write to its data folder " + folder
				+ ": make it writable (chmod u+w) or choose another folder with --data DIR.", EXIT_DATA_FOLDER);
	}

	public static StartupProblem alreadyRunning(String folder) {
		return new StartupProblem("INT Designer is already running with the data folder " + folder
				+ ": switch to that window, or start a second one with its own folder (--data DIR).",
				EXIT_ALREADY_RUNNING);
	}
}
