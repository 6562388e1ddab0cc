package org.elyte.analysis.eis.fit;

import org.elyte.core.numerics.Nnls;

/**
 * A distribution of relaxation times (DRT) estimated from a spectrum: Z(ω) ≈ R∞ + Σ_k R_k/(1 + jωτ_k)
 * + Σ_j (jω)^(−n_j)/Q_j + jωL on a log-spaced τ grid, all coefficients non-negative, by
 * Lawson–Hanson NNLS on the stacked [Re; Im] residual weighted by 1/|Z| with a small ridge
 * (Tikhonov) term on the R_k. The CPE columns (exponents n_j) and the inductance are included
 * only when the circuit has such a series element, so that an electrode spur does not smear
 * into spurious long-τ peaks. Immutable.
 */
final class Drt {
    /** τ grid points per decade. */
    static final int PER_DECADE = 6;
    /** ridge weight on R_k / max|Z| (dimensionless; the weighted residual is relative). */
    static final double RIDGE = 0.1;
    /** width of the final golden-section bracket on the spur exponent. */
    static final double SPUR_TOLERANCE = 0.01;

    private final double[] lnTau;
    private final double[] resistance;
    private final double[] significance;
    private final double seriesResistance;
    private final double spurExponent;
    private final double spurModulus;
    private final double omegaMin;
    private final double inductance;

    private Drt(double[] lnTau, double[] resistance, double[] significance, double seriesResistance, double spurExponent,
            double spurModulus, double omegaMin, double inductance) {
        this.lnTau = lnTau;
        this.resistance = resistance;
        this.significance = significance;
        this.seriesResistance = seriesResistance;
        this.spurExponent = spurExponent;
        this.spurModulus = spurModulus;
        this.omegaMin = omegaMin;
        this.inductance = inductance;
    }

    /**
     * @param f frequencies, Hz (any order)
     * @param re Z', Ω
     * @param im Z'', Ω (capacitive negative)
     * @param spurLo lowest exponent of the series spur CPE column; NaN: no spur column
     * @param spurHi highest exponent; equal to {@code spurLo} for a fixed exponent (C: 1, W: 0.5),
     *     otherwise the exponent is chosen by golden-section search for the least penalised residual
     * @param inductive whether to include a series inductance column
     * @return the estimate
     */
    static Drt of(double[] f, double[] re, double[] im, double spurLo, double spurHi, boolean inductive) {
        int n = f.length;
        double wMin = Double.POSITIVE_INFINITY;
        double wMax = 0;
        double zScale = 0;
        for (int i = 0; i < n; i++) {
            wMin = Math.min(wMin, 2 * Math.PI * f[i]);
            wMax = Math.max(wMax, 2 * Math.PI * f[i]);
            zScale = Math.max(zScale, Math.hypot(re[i], im[i]));
        }
        double lnLo = Math.log(0.1 / wMax);
        double lnHi = Math.log(10 / wMin);
        int k = Math.max(2, (int) Math.ceil((lnHi - lnLo) / Math.log(10) * PER_DECADE) + 1);
        double[] lnTau = new double[k];
        for (int j = 0; j < k; j++) {
            lnTau[j] = lnLo + (lnHi - lnLo) * j / (k - 1);
        }
        boolean spur = !Double.isNaN(spurLo);
        // columns: R∞, R_1..R_k, [L], [spur]
        int base = 1 + k + (inductive ? 1 : 0);
        int cols = base + (spur ? 1 : 0);
        double[][] a = new double[2 * n][cols];
        double[] b = new double[2 * n];
        double[] g = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 2 * Math.PI * f[i];
            g[i] = zScale / Math.max(Math.hypot(re[i], im[i]), Double.MIN_NORMAL);
            b[i] = re[i] / zScale * g[i];
            b[n + i] = im[i] / zScale * g[i];
            a[i][0] = g[i];
            for (int j = 0; j < k; j++) {
                double wt = w[i] * Math.exp(lnTau[j]);
                double d = 1 + wt * wt;
                a[i][1 + j] = g[i] / d;
                a[n + i][1 + j] = -g[i] * wt / d;
            }
            if (inductive) {
                a[n + i][1 + k] = g[i] * w[i] / wMax;
            }
        }
        double[][] ata = new double[cols][cols];
        double[] atb = new double[cols];
        double btb = 0;
        for (int i = 0; i < 2 * n; i++) {
            double[] row = a[i];
            btb += b[i] * b[i];
            for (int p = 0; p < base; p++) {
                double v = row[p];
                if (v != 0) {
                    atb[p] += v * b[i];
                    for (int q = p; q < base; q++) {
                        ata[p][q] += v * row[q];
                    }
                }
            }
        }
        for (int p = 0; p < base; p++) {
            for (int q = 0; q < p; q++) {
                ata[p][q] = ata[q][p];
            }
        }
        for (int j = 0; j < k; j++) {
            ata[1 + j][1 + j] += RIDGE * RIDGE;
        }
        Fit best;
        if (!spur) {
            best = solve(ata, atb, btb, Double.NaN, null);
        } else {
            Problem pr = new Problem(a, b, g, w, wMin, base, ata, atb, btb);
            best = pr.solveAt(spurLo);
            if (spurHi > spurLo) {
                best = pr.goldenSection(spurLo, spurHi);
            }
        }
        double[] x = best.x();
        double[] r = new double[k];
        double[] sig = new double[k];
        for (int j = 0; j < k; j++) {
            r[j] = x[1 + j] * zScale;
            sig[j] = r[j] / modulusAt(Math.exp(-lnTau[j]), w, g, zScale);
        }
        double l = inductive ? x[1 + k] * zScale / wMax : 0;
        double spurMod = spur ? x[base] * zScale : 0;
        return new Drt(lnTau, r, sig, x[0] * zScale, best.exponent(), spurMod, wMin, l);
    }

    /** NNLS solution x with its penalised squared residual, for spur exponent {@code exponent}. */
    private record Fit(double[] x, double cost, double exponent) {
    }

    private static Fit solve(double[][] ata, double[] atb, double btb, double exponent, double[] warm) {
        double[] x = Nnls.solveNormal(ata, atb, warm);
        double cost = btb;
        for (int p = 0; p < x.length; p++) {
            if (x[p] != 0) {
                cost -= 2 * x[p] * atb[p];
                for (int q = 0; q < x.length; q++) {
                    cost += x[p] * ata[p][q] * x[q];
                }
            }
        }
        return new Fit(x, cost, exponent);
    }

    /** The weighted system with its last column, the spur CPE, filled in per exponent. */
    private record Problem(double[][] a, double[] b, double[] g, double[] w, double wMin, int base, double[][] ata,
            double[] atb, double btb, double[][] warm) {
        Problem(double[][] a, double[] b, double[] g, double[] w, double wMin, int base, double[][] ata, double[] atb,
                double btb) {
            this(a, b, g, w, wMin, base, ata, atb, btb, new double[1][]);
        }

        Fit solveAt(double e) {
            int n = g.length;
            for (int i = 0; i < n; i++) {
                double mag = g[i] * Math.pow(w[i] / wMin, -e);
                a[i][base] = mag * Math.cos(e * Math.PI / 2);
                a[n + i][base] = -mag * Math.sin(e * Math.PI / 2);
            }
            for (int p = 0; p <= base; p++) {
                double s = 0;
                for (int i = 0; i < 2 * n; i++) {
                    s += a[i][p] * a[i][base];
                }
                ata[p][base] = s;
                ata[base][p] = s;
            }
            double s = 0;
            for (int i = 0; i < 2 * n; i++) {
                s += a[i][base] * b[i];
            }
            atb[base] = s;
            Fit f = solve(ata, atb, btb, e, warm[0]);
            warm[0] = f.x();
            return f;
        }

        Fit goldenSection(double lo, double hi) {
            double phi = (Math.sqrt(5) - 1) / 2;
            double x1 = hi - phi * (hi - lo);
            double x2 = lo + phi * (hi - lo);
            Fit f1 = solveAt(x1);
            Fit f2 = solveAt(x2);
            while (hi - lo > SPUR_TOLERANCE) {
                if (f1.cost() <= f2.cost()) {
                    hi = x2;
                    x2 = x1;
                    f2 = f1;
                    x1 = hi - phi * (hi - lo);
                    f1 = solveAt(x1);
                } else {
                    lo = x1;
                    x1 = x2;
                    f1 = f2;
                    x2 = lo + phi * (hi - lo);
                    f2 = solveAt(x2);
                }
            }
            return f1.cost() <= f2.cost() ? f1 : f2;
        }
    }

    /** @return ln τ of the grid points, τ in s */
    double[] lnTau() {
        return lnTau.clone();
    }

    /** @return R_k of the grid points, Ω */
    double[] resistance() {
        return resistance.clone();
    }

    /**
     * @return R_k / |Z(ω = 1/τ_k)| of the grid points (|Z| interpolated in log–log, held at the ends):
     *     how much each R_k shows in the data; noise fitted where |Z| is large has little
     */
    double[] significance() {
        return significance.clone();
    }

    /** |Z| at angular frequency {@code omega}, rad/s, from the weights g = zScale/|Z|. */
    private static double modulusAt(double omega, double[] w, double[] g, double zScale) {
        int lo = 0;
        int hi = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i] <= omega && (w[lo] > omega || w[i] > w[lo])) {
                lo = i;
            }
            if (w[i] >= omega && (w[hi] < omega || w[i] < w[hi])) {
                hi = i;
            }
        }
        double mLo = zScale / g[lo];
        double mHi = zScale / g[hi];
        if (lo == hi || w[lo] > omega || w[hi] < omega) {
            return Math.abs(omega - w[lo]) < Math.abs(omega - w[hi]) ? mLo : mHi;
        }
        double t = Math.log(omega / w[lo]) / Math.log(w[hi] / w[lo]);
        return Math.exp(Math.log(mLo) + t * Math.log(mHi / mLo));
    }

    /** @return the series resistance R∞, Ω (may be 0) */
    double seriesResistance() {
        return seriesResistance;
    }

    /** @return the series inductance, H (0 if none was fitted) */
    double inductance() {
        return inductance;
    }

    /** @return |Z| of the spur CPE at the lowest frequency, Ω (0: no spur found) */
    double spurModulus() {
        return spurModulus;
    }

    /** @return the spur CPE {Q in F s^(n−1), n} */
    double[] spurCpe() {
        return new double[] {1 / (spurModulus * Math.pow(omegaMin, spurExponent)), spurExponent};
    }
}
