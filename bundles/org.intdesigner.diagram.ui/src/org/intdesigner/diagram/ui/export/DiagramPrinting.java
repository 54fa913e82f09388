package org.intdesigner.diagram.ui.export;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Shell;
import org.intdesigner.diagram.sync.LiveDiagram;
import org.intdesigner.diagram.render.Box;
import org.intdesigner.diagram.render.DiagramGeometry;
import org.intdesigner.diagram.render.DiagramPainter;
import org.intdesigner.diagram.ui.render.SwtGraphics;
import org.intdesigner.diagram.ui.render.SwtResources;

/** Prints the whole diagram scaled to fit one page, with its name as the job name. */
public final class DiagramPrinting {

	private DiagramPrinting() {
	}

	public static void print(Shell shell, LiveDiagram diagram, String name) {
		if (Printer.getPrinterList().length == 0 && Printer.getDefaultPrinterData() == null) {
			MessageDialog.openInformation(shell, "Print", "No printer is set up on this computer. Export the diagram as SVG or PNG instead (toolbar or context menu).");
			return;
		}
		PrintDialog dialog = new PrintDialog(shell, SWT.NONE);
		dialog.setText("Print " + name);
		PrinterData data = dialog.open();
		if (data == null) {
			return;
		}
		Printer printer = new Printer(data);
		try {
			if (!printer.startJob(name)) {
				MessageDialog.openError(shell, "Print", "The printer did not accept the job.");
				return;
			}
			printer.startPage();
			GC gc = new GC(printer);
			SwtResources resources = new SwtResources(printer);
			Transform transform = new Transform(printer);
			try {
				Rectangle page = printer.getClientArea();
				DiagramGeometry geometry = new DiagramGeometry(diagram);
				Box extent = geometry.extent().expand(20);
				double scale = Math.min(page.width / (double) extent.width(), page.height / (double) extent.height());
				transform.scale((float) scale, (float) scale);
				transform.translate(-extent.x(), -extent.y());
				gc.setTransform(transform);
				new DiagramPainter(diagram, geometry).paint(new SwtGraphics(gc, resources), null);
			} finally {
				transform.dispose();
				resources.dispose();
				gc.dispose();
			}
			printer.endPage();
			printer.endJob();
		} finally {
			printer.dispose();
		}
	}
}
