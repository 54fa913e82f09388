package org.intdesigner.workforce.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.workforce.metrics.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** SWTChart in our runtime: a trend over months with a target line, exported to a real PNG. */
@ExtendWith(UiTestExtension.class)
class TrendChartTest {

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;

	@Test
	void aTrendWithItsTargetIsDrawnAndExportedAsPng() throws java.io.IOException {
		Path png = temp.resolve("turnover.png");
		List<String> months = List.of("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06");
		Map<String, double[]> lines = new LinkedHashMap<>();
		lines.put("Riverside Trust", new double[] { 9.5, 10.2, 11.0, Double.NaN, 12.1, 11.7 });
		lines.put("Riverside Council", new double[] { 7.1, 7.4, 6.9, 7.7, 8.0, 8.2 });
		Shell shell = driver.ui().call(() -> {
			Shell s = new Shell(driver.workbenchShell(), SWT.SHELL_TRIM);
			s.setText("Trend");
			s.setLayout(new FillLayout());
			TrendChart chart = new TrendChart(s);
			chart.show("Turnover (headcount)", "%", months, lines, new Target(10, 2, false));
			s.setSize(700, 420);
			s.open();
			s.setData(chart);
			return s;
		});
		try {
			driver.ui().flush();
			TrendChart chart = driver.ui().call(() -> (TrendChart) shell.getData());
			assertEquals(3, (int) driver.ui().call(() -> chart.getControl().getSeriesSet().getSeries().length), "two lines and the target");
			assertEquals(5, (int) driver.ui().call(() -> chart.getControl().getSeriesSet().getSeries()[0].getYSeries().length),
					"the month without a figure is left out, not drawn as zero");
			driver.ui().run(() -> {
				try {
					chart.exportPng(png);
				} catch (java.io.IOException e) {
					throw new AssertionError(e);
				}
			});
			assertTrue(Files.exists(png));
			ImageData data = new ImageData(png.toString());
			assertTrue(data.width > 600 && data.height > 350, data.width + "x" + data.height);
			Set<Integer> pixels = new HashSet<>();
			for (int x = 0; x < data.width; x += 7) {
				for (int y = 0; y < data.height; y += 7) {
					pixels.add(data.getPixel(x, y));
				}
			}
			assertTrue(pixels.size() > 5, "a drawing, not a blank image: " + pixels.size() + " colours");
			// kept beside the screenshots to be looked at
			Files.createDirectories(org.intdesigner.testsupport.ui.Screenshots.folder());
			Files.copy(png, org.intdesigner.testsupport.ui.Screenshots.folder().resolve("trend-chart-export.png"),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		} finally {
			driver.ui().run(shell::dispose);
		}
	}
}
