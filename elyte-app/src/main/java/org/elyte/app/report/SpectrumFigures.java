package org.elyte.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.elyte.core.impedance.ImpedanceSpectrum;

/** The Nyquist figure and the point table that the impedance commands write with {@code --plot} and {@code --csv}. */
public final class SpectrumFigures {
    private SpectrumFigures() {
    }

    /**
     * @param s a spectrum
     * @param n number of frequencies (≥ 2)
     * @return n frequencies spaced evenly in log f from the spectrum's highest to its lowest, Hz
     */
    public static double[] logGrid(ImpedanceSpectrum s, int n) {
        double fMin = Double.MAX_VALUE;
        double fMax = 0;
        for (int i = 0; i < s.size(); i++) {
            fMin = Math.min(fMin, s.frequencyHz(i));
            fMax = Math.max(fMax, s.frequencyHz(i));
        }
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = fMax * Math.pow(fMin / fMax, i / (double) (n - 1));
        }
        return f;
    }

    /**
     * @param title title
     * @param data measured (or simulated) points, drawn as markers
     * @param curve a model curve drawn as a line, if any
     * @return Z' against −Z''
     */
    public static XyPlot nyquist(String title, ImpedanceSpectrum data, Optional<ImpedanceSpectrum> curve) {
        List<XyPlot.Series> series = new ArrayList<>();
        series.add(XyPlot.Series.markers("data", data.reals(), negated(data.imags())));
        curve.ifPresent(c -> series.add(XyPlot.Series.line("fit", c.reals(), negated(c.imags()))));
        return new XyPlot(title, "Z' / ohm", "-Z'' / ohm", false, series);
    }

    /**
     * @param data the points
     * @param model the model at the same frequencies, if any (adds fit and residual columns)
     * @return columns frequency_Hz, z_real_ohm, z_imag_ohm [, fit_real_ohm, fit_imag_ohm, residual_real_ohm,
     *         residual_imag_ohm] (residual = fit − data)
     */
    public static CsvTable table(ImpedanceSpectrum data, Optional<ImpedanceSpectrum> model) {
        List<String> header = new ArrayList<>(List.of("frequency_Hz", "z_real_ohm", "z_imag_ohm"));
        model.ifPresent(m -> header.addAll(List.of("fit_real_ohm", "fit_imag_ohm", "residual_real_ohm",
                "residual_imag_ohm")));
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (model.isPresent()) {
                ImpedanceSpectrum m = model.get();
                rows.add(new double[] {data.frequencyHz(i), data.real(i), data.imag(i), m.real(i), m.imag(i),
                    m.real(i) - data.real(i), m.imag(i) - data.imag(i)});
            } else {
                rows.add(new double[] {data.frequencyHz(i), data.real(i), data.imag(i)});
            }
        }
        return CsvTable.ofNumbers(header, rows);
    }

    private static double[] negated(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = -v[i];
        }
        return out;
    }
}
