package org.elyte.sim.solver;

import java.util.Arrays;
import java.util.Objects;

/**
 * LU solution of a bordered matrix {@code [[A, b], [cᵀ, d]]} (A of size m, one border row and
 * column) by block elimination, the bordering algorithm (H.B. Keller, SIAM J. Sci. Stat. Comput. 4
 * (1983) 573–582; W. Govaerts, Numerical Methods for Bifurcations of Dynamical Equilibria, SIAM
 * 2000, ch. 3): A is factorised by its own solver, {@code z = A⁻¹b} is solved once per
 * factorisation and the Schur scalar {@code σ = d − cᵀz} formed; a right-hand side {@code [r; s]}
 * costs one solve with A, {@code w = A⁻¹r}, then {@code x_m = (s − cᵀw)/σ} and
 * {@code x = w − z·x_m}. The factorisation is reported singular at the border column when σ has
 * cancelled to below {@value #CANCELLATION}·(|d| + Σ|c_i z_i|), and at A's column when A is
 * singular. Stability: the algorithm needs A itself to be well conditioned (Govaerts ch. 3 shows
 * it can lose accuracy when A is nearly singular even if the bordered matrix is not); no
 * iterative refinement is done. No allocation after construction.
 */
public final class BorderedLu implements LinearSolver {
    /** Relative size below which the Schur scalar counts as zero (cancelled to noise). */
    static final double CANCELLATION = 1e-13;
    private final LinearSolver inner;
    private final int m;
    private final double[] col;
    private final double[] row;
    private double corner;
    private final double[] z;
    private final double[] w;
    private double schur;

    /** @param inner solver for the leading block A (its size is m, this solver's m + 1) */
    public BorderedLu(LinearSolver inner) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.m = inner.size();
        col = new double[m];
        row = new double[m];
        z = new double[m];
        w = new double[m];
    }

    /** @return the solver of the leading block */
    LinearSolver inner() {
        return inner;
    }

    @Override
    public int size() {
        return m + 1;
    }

    @Override
    public void clear() {
        inner.clear();
        Arrays.fill(col, 0.0);
        Arrays.fill(row, 0.0);
        corner = 0.0;
        schur = Double.NaN;
    }

    @Override
    public boolean inStructure(int r, int c) {
        if (r < 0 || c < 0 || r > m || c > m) {
            return false;
        }
        return r == m || c == m || inner.inStructure(r, c);
    }

    @Override
    public void add(int r, int c, double value) {
        if (r < 0 || c < 0 || r > m || c > m) {
            if (value == 0.0) {
                return;
            }
            throw new IllegalArgumentException("entry (" + r + ", " + c + ") is outside the bordered matrix of size "
                    + (m + 1));
        }
        if (r == m && c == m) {
            corner += value;
        } else if (r == m) {
            row[c] += value;
        } else if (c == m) {
            col[r] += value;
        } else {
            inner.add(r, c, value);
        }
    }

    @Override
    public int factor() {
        int bad = inner.factor();
        if (bad >= 0) {
            return bad;
        }
        System.arraycopy(col, 0, z, 0, m);
        inner.solve(z);
        double s = corner;
        double scale = Math.abs(corner);
        for (int i = 0; i < m; i++) {
            double t = row[i] * z[i];
            s -= t;
            scale += Math.abs(t);
        }
        schur = s;
        if (!(Math.abs(s) > CANCELLATION * scale) || !Double.isFinite(scale)) {
            return m;
        }
        return -1;
    }

    @Override
    public void solve(double[] b) {
        System.arraycopy(b, 0, w, 0, m);
        inner.solve(w);
        double x = b[m];
        for (int i = 0; i < m; i++) {
            x -= row[i] * w[i];
        }
        x /= schur;
        for (int i = 0; i < m; i++) {
            b[i] = w[i] - z[i] * x;
        }
        b[m] = x;
    }
}
