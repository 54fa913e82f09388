package org.intdesigner.io;

import java.util.List;

/**
 * A table to hand to a spreadsheet: its name (a workbook's sheet, a CSV file's suffix), its header and its rows, whose
 * numbers stay numbers and everything else is text.
 */
public record ExportTable(String name, List<String> header, List<List<Object>> rows) {
}
