package org.elyte.analysis.transport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.provenance.Provenance;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Vogel–Fulcher–Tammann fit σ = A·T^(−1/2)·exp(−B/(T − T0)) (Vogel 1921, Fulcher 1925, Tammann
 * &amp; Hesse 1926), least squares on ln σ.
 *
 * <p>For a fixed T0 the model ln σ + ½ ln T = ln A − B/(T − T0) is linear in ln A and B, so T0 is
 * profiled: the residual sum of squares is scanned on a 200-interval grid over
 * T0 ∈ [0, min T − 1 K] and refined by golden-section search around the best grid point
 * (deterministic, no start values). Standard errors come from the three-parameter Jacobian at the
 * optimum, covariance s²(JᵀJ)⁻¹ with s² = SSR/(n − 3). All points have equal weight.
 */
public final class Vtf {
    /** Method version recorded in the provenance. */
    public static final String VERSION = "1";
    private static final int GRID = 200;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private Vtf() {
    }

    /**
     * @param points at least 4 points (3 when T0 is fixed) at distinct temperatures
     * @param fixedT0K T0 to hold fixed, K, in [0, min T), or empty to fit T0
     * @return the fit
     * @throws AnalysisException on too few points or min T ≤ 1 K
     * @throws InvalidInputException on duplicate temperatures or a fixed T0 outside [0, min T)
     */
    public static VtfResult fit(List<ArrheniusPoint> points, OptionalDouble fixedT0K) {
        Objects.requireNonNull(fixedT0K, "fixedT0K");
        boolean fitT0 = fixedT0K.isEmpty();
        List<ArrheniusPoint> pts = Points.checked(points, fitT0 ? 4 : 3, fitT0 ? "VTF fit with T0 fitted"
                : "VTF fit with T0 fixed");
        int n = pts.size();
        double[] t = new double[n];
        double[] y = new double[n];
        double[] lnSigma = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = pts.get(i).temperatureK();
            lnSigma[i] = pts.get(i).lnSigma();
            y[i] = lnSigma[i] + 0.5 * Math.log(t[i]);
        }
        double tMin = t[0];
        List<String> notes = new ArrayList<>();
        double t0;
        if (fitT0) {
            double upper = tMin - 1;
            if (!(upper > 0)) {
                throw new AnalysisException("VTF fit: the lowest temperature " + tMin + " K leaves no room for T0");
            }
            t0 = profileMinimum(t, y, upper);
            if (t0 < 1e-3 * upper || t0 > upper * (1 - 1e-3)) {
                notes.add("T0 = " + t0 + " K lies on the search bound [0, " + upper
                        + "] K: the data do not determine T0; consider fixing it");
            }
        } else {
            t0 = fixedT0K.getAsDouble();
            if (!(t0 >= 0) || !(t0 < tMin)) {
                throw new InvalidInputException("VTF fit: fixed T0 must lie in [0, " + tMin + ") K, got " + t0 + " K");
            }
        }
        LinearFit lf = line(t, y, t0);
        double lnA = lf.a();
        double b = lf.b();
        if (!(b > 0)) {
            notes.add("B = " + b + " K is not positive: sigma does not rise with temperature as VTF assumes");
        }
        double ssr = lf.wssr();
        int k = fitT0 ? 3 : 2;
        double[] se = standardErrors(t, t0, b, ssr, k, notes);
        double mean = Arrays.stream(lnSigma).average().orElse(0);
        double sst = Arrays.stream(lnSigma).map(v -> (v - mean) * (v - mean)).sum();
        double kb = TransportConstants.BOLTZMANN_EV_PER_K;
        double kj = TransportConstants.KJ_PER_MOL_PER_EV;
        Provenance prov = Provenance.of("transport.vtf", VERSION)
                .withOption("t0", fitT0 ? "fitted" : Double.toString(t0)).withOption("points", n);
        return new VtfResult(Math.exp(lnA), b * kb, se[1] * kb, b * kb * kj, se[1] * kb * kj, t0,
                fitT0 ? se[2] : 0, fitT0, sst > 0 ? 1 - ssr / sst : 1, n * Math.log(ssr / n) + 2 * k, n, prov, notes);
    }

    private static LinearFit line(double[] t, double[] y, double t0) {
        double[] x = new double[t.length];
        double[] w = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            x[i] = -1 / (t[i] - t0);
            w[i] = 1;
        }
        return LinearFit.of(x, y, w);
    }

    private static double ssr(double[] t, double[] y, double t0) {
        return line(t, y, t0).wssr();
    }

    /** Grid scan of SSR(T0) on [0, upper], then golden section between the best point's neighbours. */
    static double profileMinimum(double[] t, double[] y, double upper) {
        int best = 0;
        double bestSsr = Double.POSITIVE_INFINITY;
        for (int j = 0; j <= GRID; j++) {
            double s = ssr(t, y, upper * j / GRID);
            if (s < bestSsr) {
                bestSsr = s;
                best = j;
            }
        }
        double lo = upper * Math.max(0, best - 1) / GRID;
        double hi = upper * Math.min(GRID, best + 1) / GRID;
        double c = hi - GOLDEN * (hi - lo);
        double d = lo + GOLDEN * (hi - lo);
        double fc = ssr(t, y, c);
        double fd = ssr(t, y, d);
        for (int it = 0; it < 200 && hi - lo > 1e-9 * Math.max(1, upper); it++) {
            if (fc < fd) {
                hi = d;
                d = c;
                fd = fc;
                c = hi - GOLDEN * (hi - lo);
                fc = ssr(t, y, c);
            } else {
                lo = c;
                c = d;
                fc = fd;
                d = lo + GOLDEN * (hi - lo);
                fd = ssr(t, y, d);
            }
        }
        double mid = (lo + hi) / 2;
        double grid = upper * best / GRID;
        return ssr(t, y, mid) <= bestSsr ? mid : grid;
    }

    /** @return standard errors of (ln A, B, T0) from s²(JᵀJ)⁻¹; NaN without degrees of freedom */
    private static double[] standardErrors(double[] t, double t0, double b, double ssr, int k, List<String> notes) {
        int n = t.length;
        double[] se = {Double.NaN, Double.NaN, Double.NaN};
        if (n <= k) {
            notes.add("as many parameters as points: no standard errors");
            return se;
        }
        double[][] j = new double[n][k];
        for (int i = 0; i < n; i++) {
            double dt = t[i] - t0;
            j[i][0] = 1;
            j[i][1] = -1 / dt;
            if (k == 3) {
                j[i][2] = -b / (dt * dt);
            }
        }
        // scale columns to unit norm so that the inverse does not suffer from their disparate units
        double[] scale = new double[k];
        for (int p = 0; p < k; p++) {
            for (double[] row : j) {
                scale[p] = Math.hypot(scale[p], row[p]);
            }
            if (!(scale[p] > 0)) {
                notes.add("degenerate Jacobian at the optimum (B = 0): no standard errors");
                return se;
            }
            for (double[] row : j) {
                row[p] /= scale[p];
            }
        }
        RealMatrix jm = new Array2DRowRealMatrix(j, false);
        try {
            RealMatrix cov = MatrixUtils.inverse(jm.transposeMultiply(jm)).scalarMultiply(ssr / (n - k));
            for (int p = 0; p < k; p++) {
                se[p] = Math.sqrt(cov.getEntry(p, p)) / scale[p];
            }
        } catch (MathIllegalArgumentException singular) {
            notes.add("singular Jacobian at the optimum: no standard errors");
        }
        return se;
    }
}
