package org.intdesigner.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a file stops being UTF-8 text: the line and column of its first byte that is not, which an
 * XML or CSV parser reports without a position ("Invalid byte 1 of 1-byte UTF-8 sequence").
 */
public final class Utf8Position {

	/** A place in a text file, both counted from 1; {@code offset} is the byte offset from 0. */
	public record Position(long line, long column, long offset) {

		@Override
		public String toString() {
			return "line " + line + ", column " + column;
		}
	}

	private Utf8Position() {
	}

	/** The first malformed byte of {@code file}, or empty when the file is UTF-8 throughout. */
	public static Optional<Position> firstMalformed(Path file) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
		CharBuffer chars = CharBuffer.allocate(64 * 1024);
		long line = 1;
		long column = 1;
		long consumed = 0;
		try (InputStream in = Files.newInputStream(file)) {
			boolean end = false;
			while (!end) {
				int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
				if (read < 0) {
					end = true;
				} else {
					bytes.position(bytes.position() + read);
				}
				bytes.flip();
				int before = bytes.position();
				CoderResult result = decoder.decode(bytes, chars, end);
				consumed += bytes.position() - before;
				chars.flip();
				while (chars.hasRemaining()) {
					char c = chars.get();
					if (c == '\n') {
						line++;
						column = 1;
					} else if (!Character.isLowSurrogate(c)) {
						column++;
					}
				}
				chars.clear();
				if (result.isError()) {
					return Optional.of(new Position(line, column, consumed));
				}
				bytes.compact();
			}
		}
		return Optional.empty();
	}
}
