package org.elyte.analysis.voltammetry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Threshold and tangent onsets of one sweep (see {@link StabilityWindow}). */
final class Onsets {
    private Onsets() {
    }

    static Optional<Onset> find(double[] x, double[] y, StabilityWindowOptions o, List<String> warnings, int sweep) {
        double thr = o.thresholdAPerM2();
        int n = x.length;
        if (y[n - 1] < thr) {
            return Optional.empty();
        }
        int last = n - 1;
        while (last > 0 && y[last - 1] >= thr) {
            last--;
        }
        double eThr;
        if (last == 0) {
            eThr = x[0];
            warnings.add(String.format(Locale.ROOT, "sweep %d is above the threshold from its start (%.3f V): the"
                    + " onset lies before the sweep", sweep, x[0]));
        } else {
            double f = (thr - y[last - 1]) / (y[last] - y[last - 1]);
            eThr = x[last - 1] + f * (x[last] - x[last - 1]);
        }
        double span = x[n - 1] - x[0];
        int b0 = 0;
        while (b0 < n - 1 && Math.abs(x[b0] - x[0]) < o.skipFraction() * Math.abs(span)) {
            b0++;
        }
        int b1 = b0;
        while (b1 < last && Math.abs(x[b1] - x[0]) <= 0.8 * Math.abs(eThr - x[0])) {
            b1++;
        }
        double[] base = b1 - b0 >= 2 ? line(x, y, b0, b1) : new double[] {Double.NaN, Double.NaN};
        int w = Math.max(5, n / 50);
        double best = Double.NEGATIVE_INFINITY;
        double[] rise = {Double.NaN, Double.NaN};
        double riseAt = Double.NaN;
        double dir = Math.signum(span);
        for (int c = Math.max(last, 0); c < n; c++) {
            int lo = Math.max(0, c - w / 2);
            int hi = Math.min(n, lo + w);
            lo = Math.max(0, hi - w);
            if (hi - lo < 3) {
                continue;
            }
            double[] l = line(x, y, lo, hi);
            if (Double.isFinite(l[1]) && dir * l[1] > best) {
                best = dir * l[1];
                rise = l;
                riseAt = x[c];
            }
        }
        double eTan = (base[0] - rise[0]) / (rise[1] - base[1]);
        double lo = Math.min(x[0], x[n - 1]);
        double hi = Math.max(x[0], x[n - 1]);
        if (!Double.isFinite(eTan) || eTan < lo || eTan > hi) {
            warnings.add(String.format(Locale.ROOT, "sweep %d: the baseline and rise tangents do not intersect inside"
                    + " the sweep; no tangent onset", sweep));
            eTan = Double.NaN;
        }
        return Optional.of(new Onset(eThr, eTan, base[1], base[0], rise[1], rise[0], riseAt));
    }

    /** @return {intercept, slope} of y = a + b·x over rows [from, to) */
    static double[] line(double[] x, double[] y, int from, int to) {
        int m = to - from;
        double mx = 0;
        double my = 0;
        for (int k = from; k < to; k++) {
            mx += x[k];
            my += y[k];
        }
        mx /= m;
        my /= m;
        double sxx = 0;
        double sxy = 0;
        for (int k = from; k < to; k++) {
            sxx += (x[k] - mx) * (x[k] - mx);
            sxy += (x[k] - mx) * (y[k] - my);
        }
        double b = sxx == 0 ? Double.NaN : sxy / sxx;
        return new double[] {my - b * mx, b};
    }
}
