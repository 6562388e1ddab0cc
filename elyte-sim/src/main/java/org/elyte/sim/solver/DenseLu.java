package org.elyte.sim.solver;

import java.util.Arrays;

/** A dense row-major matrix and its LU factorisation with partial pivoting. */
public final class DenseLu implements LinearSolver {
    private final int n;
    private final double[] a;
    private final int[] piv;

    /** @param n dimension (≥ 1) */
    public DenseLu(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("dense matrix needs n >= 1, got " + n);
        }
        this.n = n;
        this.a = new double[n * n];
        this.piv = new int[n];
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public void clear() {
        Arrays.fill(a, 0.0);
    }

    @Override
    public boolean inStructure(int row, int col) {
        return row >= 0 && col >= 0 && row < n && col < n;
    }

    @Override
    public void add(int row, int col, double value) {
        a[row * n + col] += value;
    }

    @Override
    public int factor() {
        for (int k = 0; k < n; k++) {
            int p = k;
            double best = Math.abs(a[k * n + k]);
            for (int i = k + 1; i < n; i++) {
                double v = Math.abs(a[i * n + k]);
                if (v > best) {
                    best = v;
                    p = i;
                }
            }
            piv[k] = p;
            if (best == 0.0 || !Double.isFinite(best)) {
                return k;
            }
            if (p != k) {
                // swap only the active part: earlier multipliers stay with their rows, which is what
                // the interleaved forward substitution in solve() assumes (LINPACK dgefa/dgesl)
                for (int c = k; c < n; c++) {
                    double t = a[k * n + c];
                    a[k * n + c] = a[p * n + c];
                    a[p * n + c] = t;
                }
            }
            double inv = 1.0 / a[k * n + k];
            for (int i = k + 1; i < n; i++) {
                double m = a[i * n + k] * inv;
                a[i * n + k] = m;
                if (m != 0.0) {
                    for (int c = k + 1; c < n; c++) {
                        a[i * n + c] -= m * a[k * n + c];
                    }
                }
            }
        }
        return -1;
    }

    @Override
    public void solve(double[] b) {
        for (int k = 0; k < n; k++) {
            int p = piv[k];
            if (p != k) {
                double t = b[k];
                b[k] = b[p];
                b[p] = t;
            }
            double bk = b[k];
            for (int i = k + 1; i < n; i++) {
                b[i] -= a[i * n + k] * bk;
            }
        }
        for (int k = n - 1; k >= 0; k--) {
            double s = b[k];
            for (int c = k + 1; c < n; c++) {
                s -= a[k * n + c] * b[c];
            }
            b[k] = s / a[k * n + k];
        }
    }
}
