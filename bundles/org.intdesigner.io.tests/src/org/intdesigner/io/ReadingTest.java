package org.intdesigner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading files from elsewhere: no other address reached, and problems placed by line and column. */
class ReadingTest {

	@TempDir
	Path folder;

	@Test
	void aResourceSetReadsOnlyTheFilesItWasGiven() throws IOException {
		Path mine = Files.writeString(folder.resolve("mine.xml"), "<a/>");
		Path other = Files.writeString(folder.resolve("other.xml"), "<b/>");
		ResourceSet set = new ResourceSetImpl();
		LocalFilesOnly converter = LocalFilesOnly.of(set).allow(URI.createFileURI(mine.toString()));
		assertTrue(converter.isAllowed(URI.createFileURI(mine.toString()).appendFragment("x")));
		converter.createInputStream(URI.createFileURI(mine.toString())).close();
		LocalFilesOnly.RefusedAddressException refused = assertThrows(LocalFilesOnly.RefusedAddressException.class,
				() -> converter.createInputStream(URI.createFileURI(other.toString())));
		assertTrue(refused.getMessage().contains("other.xml"), refused.getMessage());
		assertThrows(IOException.class, () -> converter.createInputStream(URI.createURI("http://127.0.0.1:9/x.intd")));
		assertFalse(converter.exists(URI.createURI("http://127.0.0.1:9/x.intd"), null));
		assertEquals(converter, LocalFilesOnly.of(set), "one converter per resource set");
	}

	@Test
	void attributesAreFoundWithTheirLines() throws IOException {
		Path file = Files.writeString(folder.resolve("m.xml"), "<m>\n  <a id=\"1\"/>\n  <b\n    href=\"x#2\"/>\n</m>\n");
		List<XmlAttributeLines.Occurrence> found = XmlAttributeLines.find(file, Set.of("href", "id"));
		assertEquals(2, found.size());
		assertEquals(2, found.get(0).line());
		assertEquals("1", found.get(0).value());
		assertEquals(4, found.get(1).line());
		assertEquals("b", found.get(1).element());
	}

	@Test
	void theFirstByteThatIsNotUtf8IsPlaced() throws IOException {
		Path file = folder.resolve("latin1.csv");
		Files.write(file, "id,name\nO1,Caf\u00e9 ok\nO2,Caf".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertTrue(Utf8Position.firstMalformed(file).isEmpty());
		byte[] good = Files.readAllBytes(file);
		byte[] bad = java.util.Arrays.copyOf(good, good.length + 2);
		bad[good.length] = (byte) 0xE9; // é in Latin-1
		bad[good.length + 1] = '\n';
		Files.write(file, bad);
		Utf8Position.Position at = Utf8Position.firstMalformed(file).orElseThrow();
		assertEquals(3, at.line());
		assertEquals(7, at.column());
	}

	@Test
	void anUnclosedQuoteIsPlacedWhereItOpened() throws IOException {
		String csv = "id,name\nO1,\"Riverside, PCN\"\nO2,\"Docklands \"\"East\"\"\"\nO3,\"Never closed\nO4,x\nO5,y\n";
		assertEquals(OptionalLong.of(4), CsvQuotes.unclosedQuoteLine(new StringReader(csv), ','));
		assertEquals(OptionalLong.empty(), CsvQuotes.unclosedQuoteLine(new StringReader("a,b\n\"x\ny\",z\nab\"c,d\n"), ','));
	}
}
