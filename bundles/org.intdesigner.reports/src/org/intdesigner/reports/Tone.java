package org.intdesigner.reports;

/** How a table cell is coloured: a RAG rating against a target, or plain. */
public enum Tone {
	PLAIN, RED, AMBER, GREEN
}
