package org.intdesigner.reports.engine;

import java.util.ArrayList;
import java.util.List;

import org.intdesigner.reports.Figure;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.reports.SectionWriter;

/** A section as written: its id, its title and its blocks. Also the writer a section is handed. */
public final class SectionContent implements SectionWriter {

	private final String id;
	private final String title;
	private final List<Block> blocks = new ArrayList<>();

	public SectionContent(String id, String title) {
		this.id = id;
		this.title = title;
	}

	public String id() {
		return id;
	}

	public String title() {
		return title;
	}

	public List<Block> blocks() {
		return List.copyOf(blocks);
	}

	/** The section's tables, in order (a workbook's sheets). */
	public List<ReportTable> tables() {
		return blocks.stream().filter(Block.Table.class::isInstance).map(block -> ((Block.Table) block).table()).toList();
	}

	/** What the section says is missing, in order. */
	public List<String> missing() {
		return blocks.stream().filter(Block.Missing.class::isInstance).map(block -> ((Block.Missing) block).text()).toList();
	}

	void clear() {
		blocks.clear();
	}

	@Override
	public SectionWriter heading(String text) {
		blocks.add(new Block.Heading(text));
		return this;
	}

	@Override
	public SectionWriter paragraph(String text) {
		blocks.add(new Block.Paragraph(text));
		return this;
	}

	@Override
	public SectionWriter table(ReportTable table) {
		blocks.add(new Block.Table(table));
		return this;
	}

	@Override
	public SectionWriter figure(Figure figure) {
		blocks.add(new Block.Drawing(figure));
		return this;
	}

	@Override
	public SectionWriter missing(String text) {
		blocks.add(new Block.Missing(text));
		return this;
	}
}
