package org.elyte.sim.solver;

import java.util.Arrays;

/**
 * A banded matrix with kl sub- and ku super-diagonals and its LU factorisation with partial
 * (row) pivoting, in the column-band layout of LAPACK's dgbtrf: kl extra rows hold the fill-in.
 * Cost O(n·kl·(kl+ku)); no allocation after construction.
 */
public final class BandedLu implements LinearSolver {
    private final int n;
    private final int kl;
    private final int ku;
    private final int ld;
    private final double[] ab;
    private final int[] piv;
    private final double[] invDiag;
    /** per column j: offset of the last non-zero multiplier of L (0: none) */
    private final int[] lastL;
    /** per column j: row of the first non-zero above the diagonal of U */
    private final int[] firstU;

    /**
     * @param n dimension
     * @param kl lower bandwidth (≥ 0)
     * @param ku upper bandwidth (≥ 0)
     */
    public BandedLu(int n, int kl, int ku) {
        if (n < 1 || kl < 0 || ku < 0) {
            throw new IllegalArgumentException("banded matrix needs n >= 1, kl, ku >= 0; got " + n + ", " + kl
                    + ", " + ku);
        }
        this.n = n;
        this.kl = Math.min(kl, n - 1);
        this.ku = Math.min(ku, n - 1);
        this.ld = 2 * this.kl + this.ku + 1;
        this.ab = new double[ld * n];
        this.piv = new int[n];
        this.invDiag = new double[n];
        this.lastL = new int[n];
        this.firstU = new int[n];
    }

    /** @return lower bandwidth */
    public int lower() {
        return kl;
    }

    /** @return upper bandwidth */
    public int upper() {
        return ku;
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public void clear() {
        Arrays.fill(ab, 0.0);
    }

    private int idx(int i, int j) {
        return j * ld + (kl + ku + i - j);
    }

    /** @return the index of entry (i, j), inside the band, in {@link #storage()} */
    int index(int i, int j) {
        return idx(i, j);
    }

    /** @return the band storage (for precomputed loading) */
    double[] storage() {
        return ab;
    }

    /** Adds to the stored entry at a flat index from {@link #index(int, int)}. */
    void addAt(int flatIndex, double value) {
        ab[flatIndex] += value;
    }

    @Override
    public boolean inStructure(int row, int col) {
        return row >= 0 && col >= 0 && row < n && col < n && row - col <= kl && col - row <= ku;
    }

    @Override
    public void add(int row, int col, double value) {
        if (!inStructure(row, col)) {
            if (value == 0.0) {
                return;
            }
            throw new IllegalArgumentException("entry (" + row + ", " + col + ") is outside the band kl=" + kl
                    + ", ku=" + ku);
        }
        ab[idx(row, col)] += value;
    }

    @Override
    public int factor() {
        int kuu = kl + ku;
        for (int j = 0; j < n; j++) {
            int km = Math.min(kl, n - 1 - j);
            int p = 0;
            double best = Math.abs(ab[idx(j, j)]);
            for (int r = 1; r <= km; r++) {
                double v = Math.abs(ab[idx(j + r, j)]);
                if (v > best) {
                    best = v;
                    p = r;
                }
            }
            piv[j] = j + p;
            if (best == 0.0 || !Double.isFinite(best)) {
                return j;
            }
            int cmax = Math.min(j + kuu, n - 1);
            if (p != 0) {
                for (int c = j; c <= cmax; c++) {
                    int a = idx(j, c);
                    int b = idx(j + p, c);
                    double t = ab[a];
                    ab[a] = ab[b];
                    ab[b] = t;
                }
            }
            double inv = 1.0 / ab[idx(j, j)];
            invDiag[j] = inv;
            int colBase = idx(j, j);
            // zero multipliers at the end of the column (inside the band, outside the structure) are skipped
            while (km > 0 && ab[colBase + km] == 0.0) {
                km--;
            }
            lastL[j] = km;
            if (km == 0) {
                continue;
            }
            for (int r = 1; r <= km; r++) {
                ab[colBase + r] *= inv;
            }
            for (int c = j + 1; c <= cmax; c++) {
                int base = idx(j, c);
                double a = ab[base];
                if (a != 0.0) {
                    for (int r = 1; r <= km; r++) {
                        ab[base + r] -= ab[colBase + r] * a;
                    }
                }
            }
        }
        for (int j = 0; j < n; j++) {
            int i = Math.max(0, j - kuu);
            int off = j * ld + kuu - j;
            while (i < j && ab[off + i] == 0.0) {
                i++;
            }
            firstU[j] = i;
        }
        return -1;
    }

    @Override
    public void solve(double[] b) {
        int kuu = kl + ku;
        for (int j = 0; j < n; j++) {
            int p = piv[j];
            if (p != j) {
                double t = b[j];
                b[j] = b[p];
                b[p] = t;
            }
            int km = lastL[j];
            double bj = b[j];
            if (bj != 0.0) {
                int base = j * ld + kuu;
                for (int r = 1; r <= km; r++) {
                    b[j + r] -= ab[base + r] * bj;
                }
            }
        }
        for (int j = n - 1; j >= 0; j--) {
            double bj = b[j] * invDiag[j];
            b[j] = bj;
            if (bj != 0.0) {
                int i0 = firstU[j];
                // entry (i, j) sits at j*ld + kuu + i - j
                int off = j * ld + kuu - j;
                for (int i = i0; i < j; i++) {
                    b[i] -= ab[off + i] * bj;
                }
            }
        }
    }
}
