package org.elyte.analysis.cycling.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.numerics.SavitzkyGolay;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;

/**
 * dQ/dV and dV/dQ per half cycle. A half cycle runs from a change of current sign to the next (rests join
 * the half cycle before them and are left out of the curve). Its capacity is ∫|I| dt from the half cycle's
 * start (trapezoid). For dQ/dV the points are binned on a uniform voltage grid (default 5 mV) by mean
 * capacity per bin, so voltage that goes back and forth (noise, relaxation) does not produce infinite
 * slopes; empty bins are filled by linear interpolation; the derivative is a Savitzky–Golay first
 * derivative (default window 9, order 2) of capacity on that grid. dV/dQ bins voltage on a uniform capacity
 * grid and differentiates it the same way. The smoothing is stated in each result.
 */
public final class DifferentialCapacity {
    private static final int MIN_POINTS = 5;

    private DifferentialCapacity() {
    }

    /**
     * @param recording a cycler recording with time, voltage and current
     * @param options options
     * @return one curve per half cycle with at least 5 points under current and 5 grid points
     * @throws AnalysisException when a column is missing or no half cycle is long enough
     */
    public static List<DifferentialCurve> of(Recording recording, DifferentialOptions options) {
        String src = recording.metadata().sourceFile().orElse("recording");
        for (Quantity q : List.of(Quantity.TEST_TIME, Quantity.VOLTAGE, Quantity.CURRENT)) {
            if (!recording.has(q)) {
                throw new AnalysisException(src + ": dQ/dV needs a '" + q.label() + "' column; the recording has "
                        + recording.quantities());
            }
        }
        double[] t = recording.require(Quantity.TEST_TIME);
        double[] v = recording.require(Quantity.VOLTAGE);
        double[] cur = recording.require(Quantity.CURRENT);
        double[] cyc = recording.column(Quantity.CYCLE_COUNT).orElse(null);
        double max = 0;
        for (double c : cur) {
            max = Math.max(max, Math.abs(c));
        }
        double zero = options.zeroCurrentFraction() * max;
        List<DifferentialCurve> out = new ArrayList<>();
        int n = t.length;
        int half = -1;
        int sign = 0;
        int start = -1;
        for (int i = 0; i <= n; i++) {
            int s = i == n ? -2 * sign : (cur[i] > zero ? 1 : (cur[i] < -zero ? -1 : 0));
            if (s != 0 && s != sign) {
                if (start >= 0) {
                    int cycle = cyc != null ? (int) cyc[start] : half / 2 + 1;
                    curve(t, v, cur, start, i, zero, half, cycle, sign > 0, options).ifPresent(out::add);
                }
                if (i == n) {
                    break;
                }
                half++;
                sign = s;
                start = i;
            }
        }
        if (out.isEmpty()) {
            throw new AnalysisException(src + ": no half cycle has at least " + MIN_POINTS
                    + " rows under current and " + MIN_POINTS + " grid points for " + options.kind());
        }
        return out;
    }

    private static java.util.Optional<DifferentialCurve> curve(double[] t, double[] v, double[] cur, int from, int to,
            double zero, int half, int cycle, boolean charge, DifferentialOptions o) {
        double[] vs = new double[to - from];
        double[] qs = new double[to - from];
        int k = 0;
        double q = 0;
        for (int i = from; i < to; i++) {
            if (i > from) {
                q += 0.5 * Math.abs(cur[i] + cur[i - 1]) * (t[i] - t[i - 1]) / 3600;
            }
            if (Math.abs(cur[i]) > zero && Double.isFinite(v[i])) {
                vs[k] = v[i];
                qs[k] = q;
                k++;
            }
        }
        if (k < MIN_POINTS) {
            return java.util.Optional.empty();
        }
        boolean dqdv = o.kind() == DifferentialKind.DQ_DV;
        double[] key = dqdv ? vs : qs;
        double[] val = dqdv ? qs : vs;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            lo = Math.min(lo, key[i]);
            hi = Math.max(hi, key[i]);
        }
        double bin = dqdv ? o.voltageBinV() : (hi - lo) / o.capacityBins();
        if (!(bin > 0)) {
            return java.util.Optional.empty();
        }
        int nb = (int) Math.floor((hi - lo) / bin) + 1;
        if (nb < MIN_POINTS) {
            return java.util.Optional.empty();
        }
        double[] sum = new double[nb];
        int[] count = new int[nb];
        for (int i = 0; i < k; i++) {
            int b = Math.min(nb - 1, (int) ((key[i] - lo) / bin));
            sum[b] += val[i];
            count[b]++;
        }
        double[] grid = new double[nb];
        double[] mean = new double[nb];
        int last = -1;
        for (int b = 0; b < nb; b++) {
            grid[b] = lo + (b + 0.5) * bin;
            if (count[b] > 0) {
                mean[b] = sum[b] / count[b];
                for (int e = last + 1; e < b && last >= 0; e++) {
                    mean[e] = mean[last] + (mean[b] - mean[last]) * (e - last) / (double) (b - last);
                }
                last = b;
            }
        }
        int w = Math.min(o.window(), nb % 2 == 1 ? nb : nb - 1);
        double[] d = new SavitzkyGolay(w / 2, Math.min(o.order(), w - 1)).derivative(mean);
        for (int b = 0; b < nb; b++) {
            d[b] /= bin; // per grid index → per volt (or per Ah)
        }
        String smoothing = String.format(Locale.ROOT, "%s: mean %s in %d uniform %s bins of %.6g %s (empty bins "
                + "linearly interpolated), Savitzky-Golay first derivative, window %d points, order %d",
                dqdv ? "dQ/dV" : "dV/dQ", dqdv ? "capacity" : "voltage", nb, dqdv ? "voltage" : "capacity",
                bin, dqdv ? "V" : "Ah", w, Math.min(o.order(), w - 1));
        return java.util.Optional.of(new DifferentialCurve(half, cycle, charge, o.kind(), grid, d, smoothing));
    }
}
