package org.elyte.app.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** PNG plots for reports: Nyquist diagrams with fits, and Arrhenius plots. */
public final class Plots {
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0x9467bd), new Color(0xff7f0e), new Color(0x8c564b)};

    private Plots() {
    }

    /**
     * One data set and its model curve in a Nyquist diagram.
     *
     * @param name legend name
     * @param realOhm measured Z', Ω
     * @param imagOhm measured Z'', Ω (plotted as −Z'')
     * @param fitRealOhm model Z', Ω (may be empty)
     * @param fitImagOhm model Z'', Ω
     */
    public record NyquistSeries(String name, double[] realOhm, double[] imagOhm, double[] fitRealOhm, double[] fitImagOhm) {
    }

    /**
     * One arc's Arrhenius points and line.
     *
     * @param name legend name
     * @param inverseTemperature 1000/T, 1/K
     * @param lnSigmaT ln(σT / (S cm⁻¹ K))
     * @param lineLnSigmaT fitted line at the same abscissae
     */
    public record ArrheniusSeries(String name, double[] inverseTemperature, double[] lnSigmaT, double[] lineLnSigmaT) {
    }

    /**
     * @param title chart title
     * @param series spectra with fits
     * @return PNG bytes
     */
    public static byte[] nyquist(String title, List<NyquistSeries> series) {
        XYChart chart = new XYChartBuilder().width(640).height(480).title(title).xAxisTitle("Z' / Ω")
                .yAxisTitle("−Z'' / Ω").build();
        style(chart);
        int k = 0;
        for (NyquistSeries s : series) {
            Color c = PALETTE[k++ % PALETTE.length];
            XYSeries data = chart.addSeries(s.name(), s.realOhm(), negate(s.imagOhm()));
            data.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            data.setMarker(SeriesMarkers.CIRCLE);
            data.setMarkerColor(c);
            if (s.fitRealOhm().length > 0) {
                XYSeries fit = chart.addSeries(s.name() + " fit", s.fitRealOhm(), negate(s.fitImagOhm()));
                fit.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                fit.setMarker(SeriesMarkers.NONE);
                fit.setLineColor(c.darker());
                fit.setLineStyle(new BasicStroke(1.5f));
                fit.setShowInLegend(false);
            }
        }
        return png(chart);
    }

    /**
     * @param title chart title
     * @param series per-arc points and lines
     * @return PNG bytes
     */
    public static byte[] arrhenius(String title, List<ArrheniusSeries> series) {
        XYChart chart = new XYChartBuilder().width(640).height(480).title(title).xAxisTitle("1000 / T  (K⁻¹)")
                .yAxisTitle("ln(σT / S cm⁻¹ K)").build();
        style(chart);
        int k = 0;
        for (ArrheniusSeries s : series) {
            Color c = PALETTE[k++ % PALETTE.length];
            XYSeries pts = chart.addSeries(s.name(), s.inverseTemperature(), s.lnSigmaT());
            pts.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            pts.setMarker(SeriesMarkers.DIAMOND);
            pts.setMarkerColor(c);
            XYSeries line = chart.addSeries(s.name() + " fit", s.inverseTemperature(), s.lineLnSigmaT());
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(c);
            line.setShowInLegend(false);
        }
        return png(chart);
    }

    private static void style(XYChart chart) {
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setMarkerSize(6);
    }

    private static double[] negate(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = -v[i];
        }
        return out;
    }

    private static byte[] png(XYChart chart) {
        return ChartFiles.bytes(chart, PlotFormat.PNG);
    }
}
