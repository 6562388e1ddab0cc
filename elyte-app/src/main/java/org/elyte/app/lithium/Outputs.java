package org.elyte.app.lithium;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.elyte.core.error.ElyteException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** CSV tables and PNG line plots written by the lithium and voltammetry commands. */
public final class Outputs {
    private Outputs() {
    }

    /**
     * One curve of a plot.
     *
     * @param name legend name
     * @param x abscissae
     * @param y ordinates
     * @param markers whether to draw markers instead of a line
     */
    public record Curve(String name, double[] x, double[] y, boolean markers) {
    }

    /**
     * Writes a CSV table (comma-separated, header row, numbers with full precision, empty for NaN).
     *
     * @param file target
     * @param header column names with units
     * @param rows rows of values
     */
    public static void csv(Path file, List<String> header, List<double[]> rows) {
        StringBuilder sb = new StringBuilder(String.join(",", header)).append('\n');
        for (double[] r : rows) {
            for (int k = 0; k < r.length; k++) {
                if (k > 0) {
                    sb.append(',');
                }
                if (Double.isFinite(r[k])) {
                    sb.append(r[k] == Math.rint(r[k]) && Math.abs(r[k]) < 1e15 ? Long.toString((long) r[k])
                            : String.format(Locale.ROOT, "%.10g", r[k]));
                }
            }
            sb.append('\n');
        }
        write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a PNG line plot.
     *
     * @param file target (.png)
     * @param title title
     * @param xTitle x axis title
     * @param yTitle y axis title
     * @param curves curves
     */
    public static void plot(Path file, String title, String xTitle, String yTitle, List<Curve> curves) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png")) {
            throw new org.elyte.core.error.InvalidInputException("--plot " + file + ": only PNG is written; name the"
                    + " file *.png");
        }
        XYChart chart = new XYChartBuilder().width(800).height(500).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle)
                .build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setMarkerSize(5);
        for (Curve c : curves) {
            if (c.x().length == 0) {
                continue;
            }
            XYSeries s = chart.addSeries(c.name(), c.x(), c.y());
            s.setXYSeriesRenderStyle(c.markers() ? XYSeries.XYSeriesRenderStyle.Scatter : XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(c.markers() ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        }
        try {
            write(file, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException e) {
            throw new ElyteException("cannot render plot " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new ElyteException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
