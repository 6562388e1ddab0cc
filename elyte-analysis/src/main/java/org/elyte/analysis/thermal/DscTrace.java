package org.elyte.analysis.thermal;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;

/**
 * The part of a DSC recording inside a temperature window: temperature, heat flow (absolute or
 * per mass) and the abscissa to integrate over (time, or temperature divided by the heating rate).
 */
record DscTrace(double[] temperatureK, double[] signal, double[] timeS, boolean specific, double heatingRateKPerS) {

    /**
     * @param r recording with TEMPERATURE and HEAT_FLOW or SPECIFIC_HEAT_FLOW
     * @param lowK window start, K (NaN for the whole trace)
     * @param highK window end, K
     * @param rateKPerS heating rate, K/s, or NaN to use the time column
     * @return the samples of the first contiguous run inside the window
     */
    static DscTrace of(Recording r, double lowK, double highK, double rateKPerS) {
        if (!r.has(Quantity.TEMPERATURE)) {
            throw new InvalidInputException("the DSC recording has no temperature column");
        }
        boolean specific = r.has(Quantity.SPECIFIC_HEAT_FLOW);
        if (!specific && !r.has(Quantity.HEAT_FLOW)) {
            throw new InvalidInputException("the DSC recording has no heat-flow column (W or W/kg)");
        }
        double[] t = r.require(Quantity.TEMPERATURE);
        double[] y = r.require(specific ? Quantity.SPECIFIC_HEAT_FLOW : Quantity.HEAT_FLOW);
        double[] time = r.column(Quantity.TEST_TIME).orElse(null);
        int from = -1;
        int to = -1;
        for (int i = 0; i < t.length; i++) {
            boolean in = Double.isNaN(lowK) || (t[i] >= lowK && t[i] <= highK);
            boolean ok = in && Double.isFinite(t[i]) && Double.isFinite(y[i]) && (time == null || Double.isFinite(time[i]));
            if (ok && from < 0) {
                from = i;
            }
            if (from >= 0) {
                if (!ok) {
                    break;
                }
                to = i;
            }
        }
        if (from < 0 || to - from + 1 < 15) {
            throw new AnalysisException("fewer than 15 DSC samples inside " + window(lowK, highK));
        }
        int n = to - from + 1;
        double[] tk = slice(t, from, n);
        double[] s = slice(y, from, n);
        double rate = rateKPerS;
        double[] u;
        if (time != null) {
            u = slice(time, from, n);
            if (Double.isNaN(rate)) {
                rate = slope(u, tk);
            }
        } else {
            if (Double.isNaN(rate)) {
                throw new InvalidInputException("the DSC recording has no time column: give the heating rate");
            }
            u = new double[n];
            for (int i = 0; i < n; i++) {
                u[i] = (tk[i] - tk[0]) / rate;
            }
        }
        if (!(rate > 0)) {
            throw new AnalysisException("temperature does not rise with time in " + window(lowK, highK)
                    + " (rate " + rate * 60 + " K/min): analyse a heating segment");
        }
        for (int i = 1; i < n; i++) {
            if (!(u[i] > u[i - 1])) {
                throw new AnalysisException("the integration variable does not increase at sample " + (from + i + 1)
                        + " in " + window(lowK, highK) + ": analyse a single heating segment");
            }
        }
        return new DscTrace(tk, s, u, specific, rate);
    }

    static String window(double lowK, double highK) {
        return Double.isNaN(lowK) ? "the whole trace"
                : String.format(java.util.Locale.ROOT, "%.2f..%.2f °C", lowK - 273.15, highK - 273.15);
    }

    private static double[] slice(double[] a, int from, int n) {
        double[] out = new double[n];
        System.arraycopy(a, from, out, 0, n);
        return out;
    }

    /** Least-squares slope of y against x. */
    static double slope(double[] x, double[] y) {
        return slope(x, y, 0, x.length - 1);
    }

    /** Least-squares slope of y against x over indices a..b inclusive. */
    static double slope(double[] x, double[] y, int a, int b) {
        double[] line = line(x, y, a, b);
        return line[1];
    }

    /** Least-squares line through (x, y) over a..b: {intercept, slope}; a constant when b == a. */
    static double[] line(double[] x, double[] y, int a, int b) {
        int m = b - a + 1;
        double mx = 0;
        double my = 0;
        for (int i = a; i <= b; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= m;
        my /= m;
        double sxx = 0;
        double sxy = 0;
        for (int i = a; i <= b; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        double k = sxx > 0 ? sxy / sxx : 0;
        return new double[] {my - k * mx, k};
    }
}
