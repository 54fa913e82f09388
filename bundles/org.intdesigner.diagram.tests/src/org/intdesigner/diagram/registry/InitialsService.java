package org.intdesigner.diagram.registry;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A service the test fragment contributes: expressions call it as {@code initials:of(self.name)}. */
public class InitialsService {

	/** "Frailty MDT" gives "FM". */
	public String of(String name) {
		if (name == null) {
			return "";
		}
		return Arrays.stream(name.trim().split("\\s+")).filter(word -> !word.isEmpty())
				.map(word -> word.substring(0, 1).toUpperCase()).collect(Collectors.joining());
	}
}
