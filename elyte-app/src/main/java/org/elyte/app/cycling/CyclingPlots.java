package org.elyte.app.cycling;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import org.elyte.core.error.ElyteException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** PNG plots of the cycling commands (XChart). */
final class CyclingPlots {
    private CyclingPlots() {
    }

    /** One named x–y series. */
    record Series(String name, double[] x, double[] y, boolean line) {
    }

    static byte[] chart(String title, String xTitle, String yTitle, List<Series> series) {
        XYChart chart = new XYChartBuilder().width(720).height(480).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setMarkerSize(5);
        for (Series s : series) {
            double[][] xy = finite(s.x(), s.y());
            if (xy[0].length == 0) {
                continue;
            }
            XYSeries xs = chart.addSeries(s.name(), xy[0], xy[1]);
            xs.setXYSeriesRenderStyle(s.line() ? XYSeries.XYSeriesRenderStyle.Line : XYSeries.XYSeriesRenderStyle.Scatter);
            xs.setMarker(s.line() ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
        }
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new ElyteException("cannot render plot '" + title + "': " + e.getMessage(), e);
        }
    }

    private static double[][] finite(double[] x, double[] y) {
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                n++;
            }
        }
        double[][] out = new double[2][n];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                out[0][k] = x[i];
                out[1][k++] = y[i];
            }
        }
        return out;
    }
}
