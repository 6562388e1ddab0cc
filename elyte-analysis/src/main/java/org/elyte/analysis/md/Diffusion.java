package org.elyte.analysis.md;

import java.util.Objects;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.provenance.Provenance;

/**
 * D from the Einstein relation MSD(τ) = 2·d·D·τ + c in the diffusive regime. The regime is
 * detected as the longest run of lags whose local slope of ln MSD against ln τ (least squares over
 * a sliding window of a tenth of the points, at least 3) lies within {@code tolerance} of 1:
 * ballistic (slope 2) and caged (slope &lt; 1) parts are excluded. A window can also be given.
 */
public final class Diffusion {
    /** Method version recorded in provenance. */
    public static final String VERSION = "1";

    private Diffusion() {
    }

    /**
     * @param msd the MSD curve
     * @param dimensions 3 for bulk diffusion (1 or 2 for a projection)
     * @param tolerance allowed |slope − 1| of the log–log curve (0.15 typical)
     * @return D and the window it came from
     * @throws AnalysisException when no run of at least 5 lags is diffusive
     */
    public static DiffusionResult fit(MsdCurve msd, int dimensions, double tolerance) {
        Objects.requireNonNull(msd, "msd");
        check(dimensions);
        double[] t = msd.lagS();
        double[] m = msd.msdM2();
        int n = t.length;
        double[] lt = new double[n];
        double[] lm = new double[n];
        for (int i = 0; i < n; i++) {
            if (!(m[i] > 0) || !(t[i] > 0)) {
                throw new AnalysisException("MSD is not positive at lag " + t[i] + " s; the species does not move");
            }
            lt[i] = Math.log(t[i]);
            lm[i] = Math.log(m[i]);
        }
        int w = Math.max(3, n / 10);
        int bestStart = -1;
        int bestLen = 0;
        int runStart = -1;
        for (int i = 0; i <= n; i++) {
            boolean ok = false;
            if (i < n) {
                int a = Math.max(0, i - w / 2);
                int b = Math.min(n - 1, a + w - 1);
                a = Math.max(0, b - w + 1);
                ok = b > a && Math.abs(line(lt, lm, a, b)[1] - 1) <= tolerance;
            }
            if (ok && runStart < 0) {
                runStart = i;
            }
            if (!ok && runStart >= 0) {
                if (i - runStart > bestLen) {
                    bestLen = i - runStart;
                    bestStart = runStart;
                }
                runStart = -1;
            }
        }
        if (bestLen < 5) {
            throw new AnalysisException("no diffusive regime: no 5 consecutive MSD lags have a log-log slope within "
                    + tolerance + " of 1 (run longer, or give a fit window)");
        }
        return fitWindow(msd, dimensions, bestStart, bestStart + bestLen - 1, "detected");
    }

    /**
     * @param msd the MSD curve
     * @param dimensions 3 for bulk diffusion
     * @param startS window start, s
     * @param endS window end, s
     * @return D over the given window
     */
    public static DiffusionResult fit(MsdCurve msd, int dimensions, double startS, double endS) {
        check(dimensions);
        double[] t = msd.lagS();
        int a = -1;
        int b = -1;
        for (int i = 0; i < t.length; i++) {
            if (t[i] >= startS && t[i] <= endS) {
                a = a < 0 ? i : a;
                b = i;
            }
        }
        if (a < 0 || b - a + 1 < 3) {
            throw new InvalidInputException("fewer than 3 MSD lags inside " + startS + ".." + endS + " s");
        }
        return fitWindow(msd, dimensions, a, b, "given");
    }

    private static DiffusionResult fitWindow(MsdCurve msd, int dims, int a, int b, String how) {
        double[] t = msd.lagS();
        double[] m = msd.msdM2();
        double[] ab = line(t, m, a, b);
        int k = b - a + 1;
        double sxx = 0;
        double mx = 0;
        for (int i = a; i <= b; i++) {
            mx += t[i];
        }
        mx /= k;
        double ss = 0;
        for (int i = a; i <= b; i++) {
            sxx += (t[i] - mx) * (t[i] - mx);
            double r = m[i] - ab[0] - ab[1] * t[i];
            ss += r * r;
        }
        double slopeSigma = k > 2 ? Math.sqrt(ss / (k - 2) / sxx) : Double.NaN;
        double[] lt = new double[t.length];
        double[] lm = new double[t.length];
        for (int i = a; i <= b; i++) {
            lt[i] = Math.log(t[i]);
            lm[i] = Math.log(m[i]);
        }
        double d = ab[1] / (2 * dims);
        if (!(d > 0)) {
            throw new AnalysisException("the MSD does not grow in the fit window " + t[a] + ".." + t[b] + " s");
        }
        Provenance p = Provenance.of("md.diffusion", VERSION).withOption("dimensions", dims).withOption("window", how)
                .withOption("species", msd.species());
        return new DiffusionResult(d, slopeSigma / (2 * dims), t[a], t[b], line(lt, lm, a, b)[1], k, p);
    }

    private static void check(int dimensions) {
        if (dimensions < 1 || dimensions > 3) {
            throw new InvalidInputException("dimensions must be 1, 2 or 3, got " + dimensions);
        }
    }

    /** Least-squares {intercept, slope} over a..b. */
    static double[] line(double[] x, double[] y, int a, int b) {
        int k = b - a + 1;
        double mx = 0;
        double my = 0;
        for (int i = a; i <= b; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= k;
        my /= k;
        double sxx = 0;
        double sxy = 0;
        for (int i = a; i <= b; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        double s = sxx > 0 ? sxy / sxx : 0;
        return new double[] {my - s * mx, s};
    }
}
