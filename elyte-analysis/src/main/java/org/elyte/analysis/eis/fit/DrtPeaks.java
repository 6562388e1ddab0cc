package org.elyte.analysis.eis.fit;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups a DRT (R_k on a ln τ grid) into a given number of peaks. The significance R_k/|Z(1/τ_k)|
 * is smoothed (Gaussian, {@value #SMOOTHING_DECADES} decade) and cut at the valleys between its
 * local maxima; regions holding less than {@value #MIN_SHARE} of the total significance are
 * dropped (noise fitted where |Z| is large), and of the rest the most significant are kept, each
 * narrowed to where the smoothed significance exceeds {@value #TAIL} of its maximum. If fewer regions than wanted remain, the grid is cut into contiguous
 * groups minimising the R-weighted within-group variance of ln τ (one-dimensional k-means,
 * solved exactly by dynamic programming). Each peak reports R = Σ R_k, ln τ = R-weighted mean
 * and an exponent n from the R-weighted variance s² of ln τ, using the Cole–Cole relation
 * s² = (π²/3)(1/n² − 1).
 */
final class DrtPeaks {
    /** A peak's span ends where the smoothed significance falls below this share of its maximum. */
    static final double TAIL = 0.05;
    /** Regions below this share of the total significance are dropped. */
    static final double MIN_SHARE = 0.02;
    /** Width of the smoothing applied before looking for maxima and valleys, decades. */
    static final double SMOOTHING_DECADES = 0.3;

    /**
     * A peak of the DRT.
     *
     * @param resistance R, Ω
     * @param tau time constant, s
     * @param exponent CPE/Zarc exponent from the peak width, in [0.5, 0.97]
     */
    record Peak(double resistance, double tau, double exponent) {
    }

    private DrtPeaks() {
    }

    /**
     * @param lnTau ln τ grid, ascending
     * @param r R_k ≥ 0, Ω
     * @param count wanted number of peaks
     * @return at most {@code count} peaks of positive R, ascending τ (fewer only if fewer grid points are non-zero)
     */
    static List<Peak> find(double[] lnTau, double[] r, double[] sig, int count) {
        double[] sm = smooth(lnTau, sig);
        List<int[]> regions = regions(sm);
        double total = 0;
        for (double v : sig) {
            total += v;
        }
        double threshold = MIN_SHARE * total;
        regions.removeIf(g -> mass(sig, g) < threshold);
        while (regions.size() > count) {
            int smallest = 0;
            for (int g = 1; g < regions.size(); g++) {
                if (mass(sig, regions.get(g)) < mass(sig, regions.get(smallest))) {
                    smallest = g;
                }
            }
            regions.remove(smallest);
        }
        if (regions.size() < count) {
            regions = partition(lnTau, sig, count);
        }
        List<Peak> out = new ArrayList<>();
        for (int[] g : regions) {
            trim(sm, g);
            Peak p = summarise(lnTau, r, g[0], g[1]);
            if (p.resistance() > 0) {
                out.add(p);
            }
        }
        return out;
    }

    /** Narrows [from, to) to the contiguous span around its maximum where the smoothed value ≥ {@value #TAIL} of it. */
    private static void trim(double[] sm, int[] g) {
        int top = g[0];
        for (int i = g[0]; i < g[1]; i++) {
            if (sm[i] > sm[top]) {
                top = i;
            }
        }
        int from = top;
        while (from > g[0] && sm[from - 1] >= TAIL * sm[top]) {
            from--;
        }
        int to = top + 1;
        while (to < g[1] && sm[to] >= TAIL * sm[top]) {
            to++;
        }
        g[0] = from;
        g[1] = to;
    }

    /** Gaussian smoothing in ln τ (σ = {@value #SMOOTHING_DECADES} decade): NNLS solutions are spiky. */
    static double[] smooth(double[] lnTau, double[] v) {
        double h = SMOOTHING_DECADES * Math.log(10);
        double[] out = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            for (int j = 0; j < v.length; j++) {
                if (v[j] != 0) {
                    double d = (lnTau[k] - lnTau[j]) / h;
                    out[k] += v[j] * Math.exp(-0.5 * d * d);
                }
            }
        }
        return out;
    }

    /** Index ranges [from, to) of the regions around local maxima, split at the minima between them. */
    private static List<int[]> regions(double[] r) {
        List<Integer> maxima = new ArrayList<>();
        for (int i = 0; i < r.length; i++) {
            double left = i > 0 ? r[i - 1] : 0;
            double right = i + 1 < r.length ? r[i + 1] : 0;
            if (r[i] > 0 && r[i] > left && r[i] >= right) {
                maxima.add(i);
            }
        }
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int m = 0; m + 1 < maxima.size(); m++) {
            int cut = maxima.get(m) + 1;
            for (int i = cut; i < maxima.get(m + 1); i++) {
                if (r[i] < r[cut]) {
                    cut = i;
                }
            }
            out.add(new int[] {from, cut});
            from = cut;
        }
        out.add(new int[] {from, r.length});
        return out;
    }

    private static double mass(double[] r, int[] g) {
        double s = 0;
        for (int i = g[0]; i < g[1]; i++) {
            s += r[i];
        }
        return s;
    }

    /** Exact weighted 1-D k-means into contiguous groups [from, to). */
    static List<int[]> partition(double[] x, double[] w, int count) {
        int k = x.length;
        int m = Math.max(1, Math.min(count, k));
        double[] s0 = new double[k + 1];
        double[] s1 = new double[k + 1];
        double[] s2 = new double[k + 1];
        for (int i = 0; i < k; i++) {
            s0[i + 1] = s0[i] + w[i];
            s1[i + 1] = s1[i] + w[i] * x[i];
            s2[i + 1] = s2[i] + w[i] * x[i] * x[i];
        }
        double[][] cost = new double[m + 1][k + 1];
        int[][] cut = new int[m + 1][k + 1];
        for (int j = 0; j <= k; j++) {
            cost[1][j] = within(s0, s1, s2, 0, j);
        }
        for (int g = 2; g <= m; g++) {
            for (int j = g; j <= k; j++) {
                cost[g][j] = Double.POSITIVE_INFINITY;
                for (int i = g - 1; i < j; i++) {
                    double c = cost[g - 1][i] + within(s0, s1, s2, i, j);
                    if (c < cost[g][j]) {
                        cost[g][j] = c;
                        cut[g][j] = i;
                    }
                }
            }
        }
        List<int[]> out = new ArrayList<>();
        int end = k;
        for (int g = m; g >= 1; g--) {
            int start = g == 1 ? 0 : cut[g][end];
            out.add(0, new int[] {start, end});
            end = start;
        }
        return out;
    }

    private static double within(double[] s0, double[] s1, double[] s2, int i, int j) {
        double w = s0[j] - s0[i];
        if (w <= 0) {
            return 0;
        }
        double mean = (s1[j] - s1[i]) / w;
        return Math.max(0, s2[j] - s2[i] - w * mean * mean);
    }

    private static Peak summarise(double[] lnTau, double[] r, int from, int to) {
        double w = 0;
        double s1 = 0;
        for (int i = from; i < to; i++) {
            w += r[i];
            s1 += r[i] * lnTau[i];
        }
        if (w <= 0) {
            return new Peak(0, 1, 0.8);
        }
        double mean = s1 / w;
        double var = 0;
        for (int i = from; i < to; i++) {
            var += r[i] * (lnTau[i] - mean) * (lnTau[i] - mean);
        }
        var /= w;
        double n = 1 / Math.sqrt(1 + 3 * var / (Math.PI * Math.PI));
        return new Peak(w, Math.exp(mean), Math.min(0.97, Math.max(0.5, n)));
    }
}
