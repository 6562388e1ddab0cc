package org.elyte.core.numerics;

import java.util.Arrays;
import java.util.Objects;

import org.elyte.core.error.InvalidInputException;

/**
 * Non-negative least squares, min ‖A x − b‖₂ subject to x ≥ 0, by the active-set algorithm of
 * Lawson &amp; Hanson (<i>Solving Least Squares Problems</i>, Prentice-Hall 1974, ch. 23). Each
 * passive-set subproblem is solved by Householder QR of the passive columns, so ill-conditioned
 * but full-rank systems are handled without forming normal equations; {@link #solveNormal} takes
 * the cross products instead and updates a Cholesky factor of the passive block (faster when there
 * are many rows or a ridge term). Meant for small dense problems (a few hundred rows, up to a few
 * hundred columns). Stateless and thread-safe.
 */
public final class Nnls {
    private Nnls() {
    }

    /**
     * @param a matrix, row-major m×n (not modified), finite
     * @param b right-hand side, length m (not modified), finite
     * @return the solution x ≥ 0, length n (units of b over units of A)
     * @throws InvalidInputException if the dimensions disagree, the matrix is empty or an entry is not finite
     */
    public static double[] solve(double[][] a, double[] b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        int m = a.length;
        if (m == 0 || m != b.length || a[0].length == 0) {
            throw new InvalidInputException("NNLS needs an m×n matrix with m = length of b ≥ 1 and n ≥ 1, found "
                    + m + " rows, b of length " + b.length);
        }
        int n = a[0].length;
        double norm = 0;
        for (int i = 0; i < m; i++) {
            if (a[i].length != n) {
                throw new InvalidInputException("NNLS matrix row " + i + " has " + a[i].length + " columns, row 0 has " + n);
            }
            if (!Double.isFinite(b[i])) {
                throw new InvalidInputException("NNLS right-hand side entry " + i + " is not finite: " + b[i]);
            }
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(a[i][j])) {
                    throw new InvalidInputException("NNLS matrix entry (" + i + ", " + j + ") is not finite: " + a[i][j]);
                }
                norm = Math.max(norm, Math.abs(a[i][j]));
            }
        }
        double tol = 10 * Math.ulp(1.0) * norm * Math.max(m, n) * normOf(b);
        return activeSet(n, tol, (x, w) -> gradient(a, b, x, w), (passive, sol) -> solvePassive(a, b, passive, sol), null);
    }

    /**
     * The same problem given by its cross products (Bro &amp; de Jong, J. Chemometrics 11 (1997)
     * 393): each passive-set subproblem is a Cholesky solve of the passive block of AᵀA, so the
     * cost no longer grows with the number of rows. Use when AᵀA is well conditioned, e.g. with a
     * ridge term; a passive block that is not numerically positive definite drops the column just added.
     *
     * @param ata AᵀA, symmetric n×n (not modified), finite
     * @param atb Aᵀb, length n (not modified), finite
     * @return the solution x ≥ 0, length n
     * @throws InvalidInputException if the dimensions disagree or an entry is not finite
     */
    public static double[] solveNormal(double[][] ata, double[] atb) {
        return solveNormal(ata, atb, null);
    }

    /**
     * As {@link #solveNormal(double[][], double[])}, warm-started from a previous solution of a
     * nearby problem: its positive entries form the initial passive set, which saves most
     * iterations when only a few columns changed.
     *
     * @param ata AᵀA, symmetric n×n (not modified), finite
     * @param atb Aᵀb, length n (not modified), finite
     * @param start previous solution, length n, or null for a cold start
     * @return the solution x ≥ 0, length n
     * @throws InvalidInputException if the dimensions disagree or an entry is not finite
     */
    public static double[] solveNormal(double[][] ata, double[] atb, double[] start) {
        Objects.requireNonNull(ata, "ata");
        Objects.requireNonNull(atb, "atb");
        int n = atb.length;
        double norm = 0;
        if (n == 0 || ata.length != n) {
            throw new InvalidInputException("NNLS needs an n×n AᵀA with n = length of Aᵀb ≥ 1, found " + ata.length
                    + " rows, Aᵀb of length " + n);
        }
        for (int i = 0; i < n; i++) {
            if (ata[i].length != n) {
                throw new InvalidInputException("NNLS AᵀA row " + i + " has " + ata[i].length + " columns, expected " + n);
            }
            if (!Double.isFinite(atb[i])) {
                throw new InvalidInputException("NNLS Aᵀb entry " + i + " is not finite: " + atb[i]);
            }
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(ata[i][j])) {
                    throw new InvalidInputException("NNLS AᵀA entry (" + i + ", " + j + ") is not finite: " + ata[i][j]);
                }
                norm = Math.max(norm, Math.abs(ata[i][j]));
            }
        }
        double tol = 10 * Math.ulp(1.0) * n * Math.max(norm, Arrays.stream(atb).map(Math::abs).max().orElse(0));
        if (start != null && start.length != n) {
            throw new InvalidInputException("NNLS warm start has " + start.length + " values for " + n + " unknowns");
        }
        return activeSet(n, tol, (x, w) -> {
            System.arraycopy(atb, 0, w, 0, n);
            for (int j = 0; j < n; j++) {
                if (x[j] != 0) {
                    for (int i = 0; i < n; i++) {
                        w[i] -= ata[i][j] * x[j];
                    }
                }
            }
        }, new PassiveCholesky(ata, atb)::solve, start);
    }

    /** Receives the negative gradient Aᵀ(b − Ax) at x. */
    private interface Gradient {
        void at(double[] x, double[] w);
    }

    /** Unconstrained least squares on the passive columns; false if that failed. */
    private interface Subsolver {
        boolean solve(boolean[] passive, double[] s);
    }

    private static double[] activeSet(int n, double tol, Gradient gradient, Subsolver sub, double[] start) {
        double[] x = new double[n];
        boolean[] passive = new boolean[n];
        boolean[] excluded = new boolean[n];
        double[] w = new double[n];
        double[] s = new double[n];
        if (start != null) {
            boolean any = false;
            for (int j = 0; j < n; j++) {
                x[j] = Math.max(0, start[j]);
                passive[j] = x[j] > 0;
                any |= passive[j];
            }
            if (any && !inner(x, passive, s, sub)) {
                java.util.Arrays.fill(x, 0);
                java.util.Arrays.fill(passive, false);
            }
        }
        int maxOuter = 3 * n + 10;
        for (int outer = 0; outer < maxOuter; outer++) {
            gradient.at(x, w);
            int t = -1;
            double best = tol;
            for (int j = 0; j < n; j++) {
                if (!passive[j] && !excluded[j] && w[j] > best) {
                    best = w[j];
                    t = j;
                }
            }
            if (t < 0) {
                break;
            }
            passive[t] = true;
            if (!inner(x, passive, s, sub)) {
                passive[t] = false;
                excluded[t] = true;
                x[t] = 0;
            }
        }
        return x;
    }

    /**
     * Lawson–Hanson inner loop: solve on the passive set, step back to feasibility and drop the
     * limiting columns until the passive solution is positive; false if a subproblem failed.
     */
    private static boolean inner(double[] x, boolean[] passive, double[] s, Subsolver sub) {
        int n = x.length;
        for (int it = 0; it <= n; it++) {
            if (!sub.solve(passive, s)) {
                return false;
            }
            double alpha = Double.POSITIVE_INFINITY;
            int limit = -1;
            for (int j = 0; j < n; j++) {
                if (passive[j] && s[j] <= 0) {
                    double den = x[j] - s[j];
                    double aj = den > 0 ? x[j] / den : 0;
                    if (aj < alpha) {
                        alpha = aj;
                        limit = j;
                    }
                }
            }
            if (alpha == Double.POSITIVE_INFINITY) {
                System.arraycopy(s, 0, x, 0, n);
                return true;
            }
            for (int j = 0; j < n; j++) {
                if (passive[j]) {
                    x[j] += alpha * (s[j] - x[j]);
                    if (j == limit || x[j] <= 0) {
                        x[j] = 0;
                        passive[j] = false;
                    }
                }
            }
        }
        return true;
    }

    private static double normOf(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d * d;
        }
        return Math.max(Math.sqrt(s), Double.MIN_NORMAL);
    }

    /** w = Aᵀ(b − A x). */
    private static void gradient(double[][] a, double[] b, double[] x, double[] w) {
        int n = x.length;
        Arrays.fill(w, 0);
        for (int i = 0; i < a.length; i++) {
            double r = b[i];
            for (int j = 0; j < n; j++) {
                r -= a[i][j] * x[j];
            }
            for (int j = 0; j < n; j++) {
                w[j] += a[i][j] * r;
            }
        }
    }

    /** s = unconstrained least-squares solution on the passive columns (Householder QR), 0 elsewhere. */
    private static boolean solvePassive(double[][] a, double[] b, boolean[] passive, double[] s) {
        int m = a.length;
        int n = passive.length;
        int k = 0;
        int[] cols = new int[n];
        for (int j = 0; j < n; j++) {
            s[j] = 0;
            if (passive[j]) {
                cols[k++] = j;
            }
        }
        double[][] q = new double[k][m];
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < m; i++) {
                q[c][i] = a[i][cols[c]];
            }
        }
        double[] y = b.clone();
        double[] diag = new double[k];
        for (int c = 0; c < k && c < m; c++) {
            double[] v = q[c];
            double sigma = 0;
            for (int i = c; i < m; i++) {
                sigma += v[i] * v[i];
            }
            double alpha = Math.sqrt(sigma);
            if (alpha == 0) {
                diag[c] = 0;
                continue;
            }
            if (v[c] > 0) {
                alpha = -alpha;
            }
            double xc = v[c];
            v[c] -= alpha;
            double vv = sigma - xc * xc + v[c] * v[c];
            diag[c] = alpha;
            for (int d = c + 1; d < k; d++) {
                applyReflector(v, q[d], c, m, vv);
            }
            applyReflector(v, y, c, m, vv);
        }
        double scale = 0;
        for (int c = 0; c < k; c++) {
            scale = Math.max(scale, Math.abs(diag[c]));
        }
        double[] z = new double[k];
        for (int c = Math.min(k, m) - 1; c >= 0; c--) {
            double sum = y[c];
            for (int d = c + 1; d < k; d++) {
                sum -= q[d][c] * z[d];
            }
            z[c] = Math.abs(diag[c]) > 1e-13 * scale ? sum / diag[c] : 0;
        }
        for (int c = 0; c < k; c++) {
            s[cols[c]] = z[c];
        }
        return true;
    }

    /** y ← (I − 2vvᵀ/vᵀv) y on rows c..m−1. */
    private static void applyReflector(double[] v, double[] y, int c, int m, double vv) {
        if (vv == 0) {
            return;
        }
        double dot = 0;
        for (int i = c; i < m; i++) {
            dot += v[i] * y[i];
        }
        double f = 2 * dot / vv;
        for (int i = c; i < m; i++) {
            y[i] -= f * v[i];
        }
    }
}
