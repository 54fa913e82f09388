package org.intdesigner.testsupport.ui;

import java.util.function.BooleanSupplier;

/** Something a test waits for, with a description for the timeout message. */
public interface Condition {

	boolean test();

	String describe();

	static Condition of(String description, BooleanSupplier test) {
		return new Condition() {
			@Override
			public boolean test() {
				return test.getAsBoolean();
			}

			@Override
			public String describe() {
				return description;
			}
		};
	}
}
