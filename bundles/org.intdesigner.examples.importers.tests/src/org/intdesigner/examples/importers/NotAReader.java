package org.intdesigner.examples.importers;

/** Contributed as a file kind by this fragment on purpose: it is no reader, and must be left out. */
public final class NotAReader {
}
