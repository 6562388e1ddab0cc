package org.elyte.sim.solver;

import java.util.Arrays;

/**
 * The local blocks of a {@link CondensedLu}: each a small banded matrix with its own bandwidths,
 * all stored in one flat array, factorised with partial pivoting. A general block uses the
 * column-band layout of LAPACK's dgbtrf (kl extra rows hold the fill-in). A tridiagonal block (the
 * particle shells of the DFN model) is stored as four vectors {@code dl | d | du | du2} and
 * factorised as LAPACK's dgttrf (Gaussian elimination with partial pivoting; a row interchange
 * fills the second super-diagonal du2), and solved as dgtts2, without branches on the pivots.
 * No allocation after construction.
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
    /**
     * tridiagonal blocks whose last factorisation swapped no rows before the last elimination step
     * (the DFN particle blocks swap, if at all, only there): du2 = 0, U is bidiagonal
     */
    private final boolean[] swapFree;
    /** du_i / d_i of swap-free tridiagonal blocks */
    private final double[] uScaled;

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
        swapFree = new boolean[nb];
        int total = 0;
        int pivots = 0;
        for (int b = 0; b < nb; b++) {
            bKl[b] = Math.min(kl[b], len[b] - 1);
            bKu[b] = Math.min(ku[b], len[b] - 1);
            tri[b] = bKl[b] == 1 && bKu[b] == 1 && len[b] >= 3;
            bLd[b] = tri[b] ? 4 : 2 * bKl[b] + bKu[b] + 1;
            bOff[b] = total;
            pivotBase[b] = pivots;
            total += bLd[b] * len[b];
            pivots += len[b];
        }
        ab = new double[total];
        piv = new int[pivots];
        invDiag = new double[pivots];
        uScaled = new double[pivots];
    }

    int count() {
        return bLen.length;
    }

    int length(int b) {
        return bLen[b];
    }

    /** @return whether blocks b1 and b2 can be solved together by {@link #solveTri2} */
    boolean pairable(int b1, int b2) {
        return tri[b1] && tri[b2] && bLen[b1] == bLen[b2];
    }

    /** @return the flat storage (for precomputed loading by {@link CondensedLoad}) */
    double[] storage() {
        return ab;
    }

    void clear() {
        Arrays.fill(ab, 0.0);
    }

    void add(int b, int i, int j, double v) {
        ab[idx(b, i, j)] += v;
    }

    boolean inBand(int b, int i, int j) {
        int d = i - j;
        return d <= bKl[b] && -d <= bKu[b];
    }

    /** @return the flat index of entry (i, j) of block b, which must be inside its band */
    int idx(int b, int i, int j) {
        if (tri[b]) {
            int len = bLen[b];
            // dl[j] = (j + 1, j), d[i] = (i, i), du[i] = (i, i + 1)
            return bOff[b] + (i == j ? len + i : i > j ? j : 2 * len + i);
        }
        return bOff[b] + j * bLd[b] + (bKl[b] + bKu[b] + i - j);
    }

    /** LU with partial pivoting of block b in place; @return −1, or the first zero pivot */
    int factor(int b) {
        return tri[b] ? factorTri(b) : factorBand(b);
    }

    /** LAPACK dgttrf: rows i and i + 1 are swapped when |dl_i| > |d_i|. */
    private int factorTri(int b) {
        int n1 = bLen[b];
        int o = bOff[b];
        int od = o + n1;
        int ou = o + 2 * n1;
        int ou2 = o + 3 * n1;
        int pb = pivotBase[b];
        for (int i = 0; i < n1 - 1; i++) {
            double di = ab[od + i];
            double li = ab[o + i];
            ab[ou2 + i] = 0.0;
            if (Math.abs(di) >= Math.abs(li)) {
                piv[pb + i] = 0;
                if (di == 0.0) {
                    return i;
                }
                double fact = li / di;
                ab[o + i] = fact;
                ab[od + i + 1] -= fact * ab[ou + i];
            } else {
                piv[pb + i] = 1;
                double fact = di / li;
                ab[od + i] = li;
                ab[o + i] = fact;
                double temp = ab[ou + i];
                ab[ou + i] = ab[od + i + 1];
                ab[od + i + 1] = temp - fact * ab[od + i + 1];
                if (i < n1 - 2) {
                    ab[ou2 + i] = ab[ou + i + 1];
                    ab[ou + i + 1] = -fact * ab[ou + i + 1];
                }
            }
        }
        piv[pb + n1 - 1] = 0;
        boolean noSwap = true;
        for (int i = 0; i < n1; i++) {
            double di = ab[od + i];
            if (di == 0.0 || !Double.isFinite(di)) {
                return i;
            }
            double inv = 1.0 / di;
            invDiag[pb + i] = inv;
            uScaled[pb + i] = i + 1 < n1 ? ab[ou + i] * inv : 0.0;
            noSwap &= piv[pb + i] == 0 || i == n1 - 2;
        }
        swapFree[b] = noSwap;
        return -1;
    }

    /** Banded LU with partial pivoting (as {@link BandedLu#factor()}). */
    private int factorBand(int b) {
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
     * Two tridiagonal blocks of equal length (x1 at o1 with block b1, x2 at o2 with b2) swept
     * together so their recurrences overlap in the CPU pipeline (LAPACK dgtts2 each).
     */
    void solveTri2(int b1, double[] x1, int o1, int b2, double[] x2, int o2) {
        if (swapFree[b1] && swapFree[b2]) {
            solveBidiagonal2(b1, x1, o1, b2, x2, o2);
            return;
        }
        int n1 = bLen[b1];
        int l1 = bOff[b1];
        int l2 = bOff[b2];
        int p1 = pivotBase[b1];
        int p2 = pivotBase[b2];
        for (int i = 0; i < n1 - 1; i++) {
            int s1 = piv[p1 + i];
            int s2 = piv[p2 + i];
            double a1 = x1[o1 + i + s1];
            double a2 = x2[o2 + i + s2];
            double c1 = x1[o1 + i + 1 - s1];
            double c2 = x2[o2 + i + 1 - s2];
            x1[o1 + i] = a1;
            x2[o2 + i] = a2;
            x1[o1 + i + 1] = c1 - ab[l1 + i] * a1;
            x2[o2 + i + 1] = c2 - ab[l2 + i] * a2;
        }
        int u1 = l1 + 2 * n1;
        int u2 = l2 + 2 * n1;
        int w1 = l1 + 3 * n1;
        int w2 = l2 + 3 * n1;
        double a1 = x1[o1 + n1 - 1] * invDiag[p1 + n1 - 1];
        double a2 = x2[o2 + n1 - 1] * invDiag[p2 + n1 - 1];
        x1[o1 + n1 - 1] = a1;
        x2[o2 + n1 - 1] = a2;
        double c1 = (x1[o1 + n1 - 2] - ab[u1 + n1 - 2] * a1) * invDiag[p1 + n1 - 2];
        double c2 = (x2[o2 + n1 - 2] - ab[u2 + n1 - 2] * a2) * invDiag[p2 + n1 - 2];
        x1[o1 + n1 - 2] = c1;
        x2[o2 + n1 - 2] = c2;
        for (int i = n1 - 3; i >= 0; i--) {
            double v1 = (x1[o1 + i] - ab[u1 + i] * c1 - ab[w1 + i] * a1) * invDiag[p1 + i];
            double v2 = (x2[o2 + i] - ab[u2 + i] * c2 - ab[w2 + i] * a2) * invDiag[p2 + i];
            x1[o1 + i] = v1;
            x2[o2 + i] = v2;
            a1 = c1;
            c1 = v1;
            a2 = c2;
            c2 = v2;
        }
    }

    /**
     * {@link #solveTri2} when neither block swapped rows before the last step: L and U are
     * bidiagonal, each sweep is one multiply-add per unknown carried in a register.
     */
    private void solveBidiagonal2(int b1, double[] x1, int o1, int b2, double[] x2, int o2) {
        int n1 = bLen[b1];
        int l1 = bOff[b1];
        int l2 = bOff[b2];
        int p1 = pivotBase[b1];
        int p2 = pivotBase[b2];
        double a1 = x1[o1];
        double a2 = x2[o2];
        for (int i = 0; i < n1 - 2; i++) {
            a1 = x1[o1 + i + 1] - ab[l1 + i] * a1;
            a2 = x2[o2 + i + 1] - ab[l2 + i] * a2;
            x1[o1 + i + 1] = a1;
            x2[o2 + i + 1] = a2;
        }
        lastStep(b1, x1, o1, a1);
        lastStep(b2, x2, o2, a2);
        a1 = x1[o1 + n1 - 1] * invDiag[p1 + n1 - 1];
        a2 = x2[o2 + n1 - 1] * invDiag[p2 + n1 - 1];
        x1[o1 + n1 - 1] = a1;
        x2[o2 + n1 - 1] = a2;
        for (int i = n1 - 2; i >= 0; i--) {
            a1 = x1[o1 + i] * invDiag[p1 + i] - uScaled[p1 + i] * a1;
            a2 = x2[o2 + i] * invDiag[p2 + i] - uScaled[p2 + i] * a2;
            x1[o1 + i] = a1;
            x2[o2 + i] = a2;
        }
    }

    /** Last forward step (i = len − 2, rows possibly swapped) with x_i = xi already stored. */
    private void lastStep(int b, double[] x, int x0, double xi) {
        int n1 = bLen[b];
        int i = n1 - 2;
        double xn = x[x0 + n1 - 1];
        double l = ab[bOff[b] + i];
        if (piv[pivotBase[b] + i] == 0) {
            x[x0 + n1 - 1] = xn - l * xi;
        } else {
            x[x0 + i] = xn;
            x[x0 + n1 - 1] = xi - l * xn;
        }
    }

    /** {@link #solveBidiagonal2} for one block. */
    private void solveBidiagonal(int b, double[] x, int x0) {
        int n1 = bLen[b];
        int l = bOff[b];
        int p = pivotBase[b];
        double a = x[x0];
        for (int i = 0; i < n1 - 2; i++) {
            a = x[x0 + i + 1] - ab[l + i] * a;
            x[x0 + i + 1] = a;
        }
        lastStep(b, x, x0, a);
        a = x[x0 + n1 - 1] * invDiag[p + n1 - 1];
        x[x0 + n1 - 1] = a;
        for (int i = n1 - 2; i >= 0; i--) {
            a = x[x0 + i] * invDiag[p + i] - uScaled[p + i] * a;
            x[x0 + i] = a;
        }
    }

    /** One tridiagonal block (LAPACK dgtts2, see {@link #solveTri2}). */
    private void solveTri(int b, double[] x, int x0) {
        if (swapFree[b]) {
            solveBidiagonal(b, x, x0);
            return;
        }
        int n1 = bLen[b];
        int l = bOff[b];
        int p = pivotBase[b];
        for (int i = 0; i < n1 - 1; i++) {
            int s = piv[p + i];
            double a = x[x0 + i + s];
            double c = x[x0 + i + 1 - s];
            x[x0 + i] = a;
            x[x0 + i + 1] = c - ab[l + i] * a;
        }
        int u = l + 2 * n1;
        int w = l + 3 * n1;
        double a = x[x0 + n1 - 1] * invDiag[p + n1 - 1];
        x[x0 + n1 - 1] = a;
        double c = (x[x0 + n1 - 2] - ab[u + n1 - 2] * a) * invDiag[p + n1 - 2];
        x[x0 + n1 - 2] = c;
        for (int i = n1 - 3; i >= 0; i--) {
            double v = (x[x0 + i] - ab[u + i] * c - ab[w + i] * a) * invDiag[p + i];
            x[x0 + i] = v;
            a = c;
            c = v;
        }
    }
}
