package org.elyte.sim.solver;

import java.util.Arrays;

/**
 * The local blocks of a {@link CondensedLu}: each a small banded matrix with its own bandwidths,
 * all stored in one flat array in the column-band layout of LAPACK's dgbtrf, factorised with
 * partial pivoting. Tridiagonal blocks (the particle shells of the DFN model) are solved by a
 * dedicated loop on a compact copy of their factors. No allocation after construction.
 */
final class BlockBands {
    private final int[] bLen;
    private final int[] bKl;
    private final int[] bKu;
    private final int[] bLd;
    private final int[] bOff;
    private final double[] ab;
    private final int[] piv;
    private final int[] pivotBase;
    private final double[] invDiag;
    private final boolean[] tri;
    private final double[] lw;
    private final double[] u1;
    private final double[] u2;

    /**
     * @param len block sizes
     * @param kl lower bandwidth of each block
     * @param ku upper bandwidth of each block
     */
    BlockBands(int[] len, int[] kl, int[] ku) {
        int nb = len.length;
        bLen = len.clone();
        bKl = new int[nb];
        bKu = new int[nb];
        bLd = new int[nb];
        bOff = new int[nb];
        pivotBase = new int[nb];
        tri = new boolean[nb];
        int total = 0;
        int pivots = 0;
        for (int b = 0; b < nb; b++) {
            bKl[b] = Math.min(kl[b], len[b] - 1);
            bKu[b] = Math.min(ku[b], len[b] - 1);
            bLd[b] = 2 * bKl[b] + bKu[b] + 1;
            bOff[b] = total;
            pivotBase[b] = pivots;
            total += bLd[b] * len[b];
            pivots += len[b];
            tri[b] = bKl[b] == 1 && bKu[b] == 1 && len[b] >= 3;
        }
        ab = new double[total];
        piv = new int[pivots];
        invDiag = new double[pivots];
        lw = new double[pivots];
        u1 = new double[pivots];
        u2 = new double[pivots];
    }

    int count() {
        return bLen.length;
    }

    int length(int b) {
        return bLen[b];
    }

    boolean tridiagonal(int b) {
        return tri[b];
    }

    /** @return whether blocks b1 and b2 can be solved together by {@link #solveTri2} */
    boolean pairable(int b1, int b2) {
        return tri[b1] && tri[b2] && bLen[b1] == bLen[b2];
    }

    void clear() {
        Arrays.fill(ab, 0.0);
    }

    void add(int b, int i, int j, double v) {
        ab[idx(b, i, j)] += v;
    }

    void addAt(int flatIndex, double v) {
        ab[flatIndex] += v;
    }

    boolean inBand(int b, int i, int j) {
        int d = i - j;
        return d <= bKl[b] && -d <= bKu[b];
    }

    int idx(int b, int i, int j) {
        return bOff[b] + j * bLd[b] + (bKl[b] + bKu[b] + i - j);
    }

    /** Banded LU with partial pivoting of block b in place (as {@link BandedLu#factor()}). */
    int factor(int b) {
        int n1 = bLen[b];
        int kl = bKl[b];
        int kuu = kl + bKu[b];
        int ld = bLd[b];
        for (int j = 0; j < n1; j++) {
            int km = Math.min(kl, n1 - 1 - j);
            int colBase = idx(b, j, j);
            int p = 0;
            double best = Math.abs(ab[colBase]);
            for (int r = 1; r <= km; r++) {
                double v = Math.abs(ab[colBase + r]);
                if (v > best) {
                    best = v;
                    p = r;
                }
            }
            piv[pivotBase[b] + j] = j + p;
            if (best == 0.0 || !Double.isFinite(best)) {
                return j;
            }
            int cmax = Math.min(j + kuu, n1 - 1);
            if (p != 0) {
                for (int c = j, a = colBase; c <= cmax; c++, a += ld - 1) {
                    double t = ab[a];
                    ab[a] = ab[a + p];
                    ab[a + p] = t;
                }
            }
            double inv = 1.0 / ab[colBase];
            invDiag[pivotBase[b] + j] = inv;
            for (int r = 1; r <= km; r++) {
                ab[colBase + r] *= inv;
            }
            for (int c = j + 1, base = colBase + ld - 1; c <= cmax; c++, base += ld - 1) {
                double a = ab[base];
                if (a != 0.0) {
                    for (int r = 1; r <= km; r++) {
                        ab[base + r] -= ab[colBase + r] * a;
                    }
                }
            }
        }
        if (tri[b]) {
            int pb = pivotBase[b];
            for (int j = 0; j < n1; j++) {
                double inv = invDiag[pb + j];
                lw[pb + j] = j + 1 < n1 ? ab[idx(b, j + 1, j)] : 0.0;
                u1[pb + j] = j + 1 < n1 ? ab[idx(b, j, j + 1)] * inv : 0.0;
                u2[pb + j] = j + 2 < n1 ? ab[idx(b, j, j + 2)] * inv : 0.0;
            }
        }
        return -1;
    }

    /** Solves with the factorised block b in place on x[x0 … x0 + len − 1]. */
    void solve(int b, double[] x, int x0) {
        if (tri[b]) {
            solveTri(b, x, x0);
            return;
        }
        int n1 = bLen[b];
        int kl = bKl[b];
        int kuu = kl + bKu[b];
        int ld = bLd[b];
        int pb = pivotBase[b];
        for (int j = 0; j < n1; j++) {
            int p = piv[pb + j];
            if (p != j) {
                double t = x[x0 + j];
                x[x0 + j] = x[x0 + p];
                x[x0 + p] = t;
            }
            double bj = x[x0 + j];
            if (bj != 0.0) {
                int km = Math.min(kl, n1 - 1 - j);
                int base = idx(b, j, j);
                for (int r = 1; r <= km; r++) {
                    x[x0 + j + r] -= ab[base + r] * bj;
                }
            }
        }
        for (int j = n1 - 1; j >= 0; j--) {
            int diag = idx(b, j, j);
            double bj = x[x0 + j] * invDiag[pb + j];
            x[x0 + j] = bj;
            if (bj != 0.0) {
                int i0 = Math.max(0, j - kuu);
                // entry (i, j) sits at diag - (j - i)
                for (int i = i0; i < j; i++) {
                    x[x0 + i] -= ab[diag - (j - i)] * bj;
                }
            }
        }
    }

    /**
     * Tridiagonal block (LU with row interchanges: U has two super-diagonals, stored divided by
     * the pivot). Two independent right-hand sides (x1 at o1 with block b1, x2 at o2 with b2, of
     * equal length) are swept together so their recurrences overlap in the CPU pipeline.
     */
    void solveTri2(int b1, double[] x1, int o1, int b2, double[] x2, int o2) {
        int n1 = bLen[b1];
        int p1 = pivotBase[b1];
        int p2 = pivotBase[b2];
        for (int j = 0; j < n1 - 1; j++) {
            int i1 = o1 + j;
            int i2 = o2 + j;
            if (piv[p1 + j] != j) {
                double t = x1[i1];
                x1[i1] = x1[i1 + 1];
                x1[i1 + 1] = t;
            }
            if (piv[p2 + j] != j) {
                double t = x2[i2];
                x2[i2] = x2[i2 + 1];
                x2[i2 + 1] = t;
            }
            x1[i1 + 1] -= lw[p1 + j] * x1[i1];
            x2[i2 + 1] -= lw[p2 + j] * x2[i2];
        }
        int l1 = o1 + n1 - 1;
        int l2 = o2 + n1 - 1;
        double a1 = x1[l1] * invDiag[p1 + n1 - 1];
        double a2 = x2[l2] * invDiag[p2 + n1 - 1];
        x1[l1] = a1;
        x2[l2] = a2;
        double c1 = x1[l1 - 1] * invDiag[p1 + n1 - 2] - u1[p1 + n1 - 2] * a1;
        double c2 = x2[l2 - 1] * invDiag[p2 + n1 - 2] - u1[p2 + n1 - 2] * a2;
        x1[l1 - 1] = c1;
        x2[l2 - 1] = c2;
        for (int j = n1 - 3; j >= 0; j--) {
            int q1 = p1 + j;
            int q2 = p2 + j;
            double v1 = x1[o1 + j] * invDiag[q1] - u1[q1] * c1 - u2[q1] * a1;
            double v2 = x2[o2 + j] * invDiag[q2] - u1[q2] * c2 - u2[q2] * a2;
            x1[o1 + j] = v1;
            x2[o2 + j] = v2;
            a1 = c1;
            c1 = v1;
            a2 = c2;
            c2 = v2;
        }
    }

    /** Tridiagonal block alone (see {@link #solveTri2}). */
    private void solveTri(int b, double[] x, int x0) {
        int n1 = bLen[b];
        int pb = pivotBase[b];
        for (int j = 0; j < n1 - 1; j++) {
            int xj = x0 + j;
            if (piv[pb + j] != j) {
                double t = x[xj];
                x[xj] = x[xj + 1];
                x[xj + 1] = t;
            }
            x[xj + 1] -= lw[pb + j] * x[xj];
        }
        int last = x0 + n1 - 1;
        double xa = x[last] * invDiag[pb + n1 - 1];
        x[last] = xa;
        double xb = x[last - 1] * invDiag[pb + n1 - 2] - u1[pb + n1 - 2] * xa;
        x[last - 1] = xb;
        for (int j = n1 - 3; j >= 0; j--) {
            int q = pb + j;
            double v = x[x0 + j] * invDiag[q] - u1[q] * xb - u2[q] * xa;
            x[x0 + j] = v;
            xa = xb;
            xb = v;
        }
    }

}
