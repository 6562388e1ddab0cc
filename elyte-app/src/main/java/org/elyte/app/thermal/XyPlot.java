package org.elyte.app.thermal;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.elyte.core.error.ElyteException;
import org.elyte.core.error.InvalidInputException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** PNG line and marker plots for the thermal, structure and MD commands. */
public final class XyPlot {
    /**
     * One series.
     *
     * @param name legend name
     * @param x abscissae
     * @param y ordinates
     * @param markers true for markers only, false for a line
     */
    public record Series(String name, double[] x, double[] y, boolean markers) {
    }

    private XyPlot() {
    }

    /**
     * Renders the series and writes a PNG file.
     *
     * @param file target, must end in .png
     * @param title chart title
     * @param xTitle x-axis title with unit
     * @param yTitle y-axis title with unit
     * @param logLog logarithmic axes
     * @param series the series
     */
    public static void write(Path file, String title, String xTitle, String yTitle, boolean logLog, List<Series> series) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new InvalidInputException("--plot " + file + ": only .png is supported");
        }
        XYChart chart = new XYChartBuilder().width(720).height(480).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setMarkerSize(5);
        chart.getStyler().setXAxisLogarithmic(logLog);
        chart.getStyler().setYAxisLogarithmic(logLog);
        for (Series s : series) {
            if (s.x().length == 0) {
                continue;
            }
            XYSeries xy = chart.addSeries(s.name(), s.x(), s.y());
            xy.setXYSeriesRenderStyle(s.markers() ? XYSeries.XYSeriesRenderStyle.Scatter : XYSeries.XYSeriesRenderStyle.Line);
            xy.setMarker(s.markers() ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        }
        try {
            Files.write(file, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException e) {
            throw new ElyteException("cannot write plot " + file + ": " + e.getMessage(), e);
        }
    }
}
