package org.intdesigner.reports.render;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * The font a PDF embeds: DejaVu Sans when the system has it (Debian's fonts-dejavu-core, which the
 * set-up command installs), so every character of a name prints; without it openhtmltopdf falls
 * back to the PDF's built-in Helvetica, which lacks some characters.
 */
final class ReportFonts {

	static final String FAMILY = "DejaVu Sans";

	private static final String[] FOLDERS = { "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/TTF",
			"/usr/share/fonts/dejavu", "/Library/Fonts", "C:\\Windows\\Fonts" };

	private ReportFonts() {
	}

	static List<File> regularAndBold() {
		List<File> found = new ArrayList<>();
		for (String folder : FOLDERS) {
			File regular = new File(folder, "DejaVuSans.ttf");
			File bold = new File(folder, "DejaVuSans-Bold.ttf");
			if (regular.isFile()) {
				found.add(regular);
				if (bold.isFile()) {
					found.add(bold);
				}
				return found;
			}
		}
		return found;
	}
}
