package org.elyte.app.report;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * An x–y plot of one or more series, as every command's {@code --plot} draws it: 720×480 px,
 * white background, legend inside at the top right. Points that are not finite, and on
 * logarithmic axes points that are not positive, are left out; a series with no point left is
 * not drawn.
 *
 * @param title chart title
 * @param xTitle x-axis title with unit
 * @param yTitle y-axis title with unit
 * @param logLog logarithmic x and y axes
 * @param series the series, drawn in order
 */
public record XyPlot(String title, String xTitle, String yTitle, boolean logLog, List<Series> series) {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 480;

    /** @param series copied */
    public XyPlot {
        series = List.copyOf(series);
    }

    /**
     * @param title chart title
     * @param xTitle x-axis title with unit
     * @param yTitle y-axis title with unit
     * @param series the series
     * @return a plot with linear axes
     */
    public static XyPlot of(String title, String xTitle, String yTitle, Series... series) {
        return new XyPlot(title, xTitle, yTitle, false, List.of(series));
    }

    /** @return this plot with logarithmic x and y axes */
    public XyPlot withLogLog() {
        return new XyPlot(title, xTitle, yTitle, true, series);
    }

    /** How a series is drawn. */
    public enum Style {
        /** A line through the points, no markers. */
        LINE,
        /** Circle markers, no line. */
        MARKERS
    }

    /**
     * One series.
     *
     * @param name legend name
     * @param x abscissae (copied)
     * @param y ordinates (copied), as many as abscissae
     * @param style line or markers
     */
    public record Series(String name, double[] x, double[] y, Style style) {
        /**
         * @param name legend name
         * @param x abscissae
         * @param y ordinates
         * @param style line or markers
         * @throws IllegalArgumentException when x and y differ in length (a programming error)
         */
        public Series {
            if (x.length != y.length) {
                throw new IllegalArgumentException(name + ": " + x.length + " x values, " + y.length + " y values");
            }
            x = x.clone();
            y = y.clone();
        }

        /** @return the abscissae (a copy) */
        @Override
        public double[] x() {
            return x.clone();
        }

        /** @return the ordinates (a copy) */
        @Override
        public double[] y() {
            return y.clone();
        }

        /**
         * @param name legend name
         * @param x abscissae
         * @param y ordinates
         * @return a series drawn as a line
         */
        public static Series line(String name, double[] x, double[] y) {
            return new Series(name, x, y, Style.LINE);
        }

        /**
         * @param name legend name
         * @param x abscissae
         * @param y ordinates
         * @return a series drawn as markers
         */
        public static Series markers(String name, double[] x, double[] y) {
            return new Series(name, x, y, Style.MARKERS);
        }
    }

    /** @return the XChart chart */
    public XYChart chart() {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setMarkerSize(5);
        chart.getStyler().setXAxisLogarithmic(logLog);
        chart.getStyler().setYAxisLogarithmic(logLog);
        for (Series s : series) {
            double[][] xy = drawable(s.x, s.y);
            if (xy[0].length == 0) {
                continue;
            }
            XYSeries xs = chart.addSeries(s.name(), xy[0], xy[1]);
            boolean markers = s.style() == Style.MARKERS;
            xs.setXYSeriesRenderStyle(markers ? XYSeries.XYSeriesRenderStyle.Scatter : XYSeries.XYSeriesRenderStyle.Line);
            xs.setMarker(markers ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        }
        return chart;
    }

    /**
     * Writes the plot as PNG or SVG, by the file's extension.
     *
     * @param file target, {@code *.png} or {@code *.svg}
     */
    public void write(Path file) {
        ChartFiles.write(file, chart());
    }

    private double[][] drawable(double[] x, double[] y) {
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            n += keep(x[i], y[i]) ? 1 : 0;
        }
        double[][] out = new double[2][n];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            if (keep(x[i], y[i])) {
                out[0][k] = x[i];
                out[1][k++] = y[i];
            }
        }
        return out;
    }

    private boolean keep(double x, double y) {
        return Double.isFinite(x) && Double.isFinite(y) && (!logLog || x > 0 && y > 0);
    }
}
