package org.elyte.analysis.lithium;

import java.util.Arrays;

/** Small order and regression statistics used by the lithium analyses. */
final class Stats {
    private Stats() {
    }

    /** @return the median of v[from, to), NaN when empty */
    static double median(double[] v, int from, int to) {
        if (to <= from) {
            return Double.NaN;
        }
        double[] c = Arrays.copyOfRange(v, from, to);
        Arrays.sort(c);
        int n = c.length;
        return n % 2 == 1 ? c[n / 2] : 0.5 * (c[n / 2 - 1] + c[n / 2]);
    }

    /** @return the median of all values */
    static double median(double[] v) {
        return median(v, 0, v.length);
    }

    /** @return ∫|y|dt over rows [from, to) by the trapezoid rule (units of y·t) */
    static double absIntegral(double[] t, double[] y, int from, int to) {
        double s = 0;
        for (int i = from + 1; i < to; i++) {
            s += 0.5 * (Math.abs(y[i]) + Math.abs(y[i - 1])) * (t[i] - t[i - 1]);
        }
        return s;
    }

    /** @return {intercept, slope} of the least-squares line y = a + b·x, NaNs if fewer than 2 points */
    static double[] line(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        double b = sxx == 0 ? Double.NaN : sxy / sxx;
        return new double[] {my - b * mx, b};
    }
}
