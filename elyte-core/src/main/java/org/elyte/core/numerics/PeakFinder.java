package org.elyte.core.numerics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.elyte.core.error.InvalidInputException;

/**
 * Finds peaks (local maxima) in sampled data by topographic prominence, the criterion used by
 * SciPy's {@code find_peaks} and MATLAB's {@code findpeaks}: a maximum counts when it rises at
 * least {@code minProminence} above the higher of the lowest points separating it from a higher
 * maximum on either side. Noise robustness comes from the prominence threshold; smooth noisy data
 * first (e.g. {@link SavitzkyGolay}) and pass a threshold of a few noise standard deviations
 * ({@link #noiseSigma}). Plateaus count once, at their middle.
 */
public final class PeakFinder {
    private PeakFinder() {
    }

    /**
     * @param x abscissae, increasing
     * @param y ordinates
     * @param minProminence least prominence of a reported peak (units of y, ≥ 0)
     * @return peaks in order of increasing x
     * @throws InvalidInputException on mismatched lengths or non-finite values
     */
    public static List<Peak> find(double[] x, double[] y, double minProminence) {
        if (x.length != y.length) {
            throw new InvalidInputException("peak finding: x has " + x.length + " values, y has " + y.length);
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i]) || !Double.isFinite(x[i])) {
                throw new InvalidInputException("peak finding: value " + (i + 1) + " is not finite");
            }
        }
        List<Peak> peaks = new ArrayList<>();
        int n = y.length;
        int i = 1;
        while (i < n - 1) {
            if (y[i] > y[i - 1]) {
                int j = i;
                while (j + 1 < n && y[j + 1] == y[i]) {
                    j++;
                }
                if (j + 1 < n && y[j + 1] < y[i]) {
                    int m = (i + j) / 2;
                    Peak p = describe(x, y, m);
                    if (p.prominence() >= minProminence) {
                        peaks.add(p);
                    }
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return peaks;
    }

    /**
     * @param peaks found peaks
     * @return the same peaks, most prominent first
     */
    public static List<Peak> byProminence(List<Peak> peaks) {
        return peaks.stream().sorted(Comparator.comparingDouble(Peak::prominence).reversed()).toList();
    }

    /**
     * Robust noise level: 1.4826 · median |y_i − 2y_{i+1} + y_{i+2}| / √6 (second differences remove
     * smooth trends; the factor makes it the standard deviation for Gaussian white noise).
     *
     * @param y samples
     * @return estimated noise standard deviation (0 for fewer than three samples)
     */
    public static double noiseSigma(double[] y) {
        if (y.length < 3) {
            return 0;
        }
        double[] d = new double[y.length - 2];
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.abs(y[i] - 2 * y[i + 1] + y[i + 2]);
        }
        java.util.Arrays.sort(d);
        double med = d.length % 2 == 1 ? d[d.length / 2] : 0.5 * (d[d.length / 2 - 1] + d[d.length / 2]);
        return 1.4826 * med / Math.sqrt(6);
    }

    private static Peak describe(double[] x, double[] y, int m) {
        double h = y[m];
        int l = m;
        int left = m;
        double leftMin = h;
        while (l > 0 && y[l - 1] <= h) {
            l--;
            if (y[l] < leftMin) {
                leftMin = y[l];
                left = l;
            }
        }
        int r = m;
        int right = m;
        double rightMin = h;
        while (r < y.length - 1 && y[r + 1] <= h) {
            r++;
            if (y[r] < rightMin) {
                rightMin = y[r];
                right = r;
            }
        }
        double base = Math.max(leftMin, rightMin);
        double prom = h - base;
        double half = h - prom / 2;
        double xl = crossing(x, y, m, left, half);
        double xr = crossing(x, y, m, right, half);
        double pos = x[m];
        if (m > 0 && m < y.length - 1) {
            double a = y[m - 1];
            double c = y[m + 1];
            double den = a - 2 * h + c;
            if (den < 0) {
                double off = 0.5 * (a - c) / den;
                if (Math.abs(off) <= 1) {
                    double dx = off > 0 ? x[m + 1] - x[m] : x[m] - x[m - 1];
                    pos = x[m] + off * dx;
                }
            }
        }
        return new Peak(m, pos, h, prom, left, right, xr - xl);
    }

    private static double crossing(double[] x, double[] y, int from, int to, double level) {
        int step = to >= from ? 1 : -1;
        for (int i = from; i != to; i += step) {
            int k = i + step;
            if (y[k] <= level) {
                double t = (y[i] - level) / (y[i] - y[k]);
                return x[i] + t * (x[k] - x[i]);
            }
        }
        return x[to];
    }
}
