package org.elyte.sim.solver;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * LU solution by static condensation of the local blocks of a {@link Sparsity}: with the unknowns
 * split into blocks B (coupled only to themselves and to the remaining, global unknowns g),
 * {@code A = [A_BB A_Bg; A_gB A_gg]}, each block is factorised alone (banded LU inside the block),
 * the Schur complement {@code S = A_gg − Σ_B A_gB A_BB⁻¹ A_Bg} is assembled into a banded LU over the
 * global unknowns, and a solve is forward elimination per block, the global solve, and back
 * substitution per block. For the DFN cell the blocks are the particle shells of each cathode cell,
 * so the band of the global system is a few unknowns wide instead of N_r + 4. Pivoting is partial
 * inside each block and inside S (the blocks themselves must be non-singular, which holds for
 * {@code M − cJ} of diffusion in the particles). No allocation after construction.
 */
public final class CondensedLu implements LinearSolver {
    private final int n;
    private final int[] owner;
    private final int[] local;
    private final int[] globalToOriginal;
    private final BandedLu global;
    private final int[] blockStart;
    private final int[] bLen;
    private final int[] bKl;
    private final int[] bKu;
    private final int[] bLd;
    private final int[] bOff;
    private final double[] ab;
    private final int[] piv;
    private final int[] pivotBase;
    private final double[] invDiag;
    private final int[] gbLo;
    private final int[] gbHi;
    private final boolean[] tri;
    private final double[] lw;
    private final double[] u1;
    private final double[] u2;
    private int[] slotKind;
    private int[] slotBlock;
    private int[] slotPos;
    private Sparsity slotFor;
    private final int[][] coupled;
    private final double[][] aBg;
    private final double[][] aGb;
    private final double[] gRhs;

    /**
     * @param sparsity the structure, with at least one local block
     * @throws IllegalArgumentException if the structure has no block
     */
    public CondensedLu(Sparsity sparsity) {
        if (sparsity.blocks() == 0) {
            throw new IllegalArgumentException("condensation needs at least one local block");
        }
        n = sparsity.size();
        int nb = sparsity.blocks();
        owner = new int[n];
        local = new int[n];
        Arrays.fill(owner, -1);
        blockStart = new int[nb];
        for (int b = 0; b < nb; b++) {
            blockStart[b] = sparsity.blockStart(b);
            for (int k = 0; k < sparsity.blockLength(b); k++) {
                owner[blockStart[b] + k] = b;
                local[blockStart[b] + k] = k;
            }
        }
        int ng = 0;
        for (int i = 0; i < n; i++) {
            if (owner[i] < 0) {
                local[i] = ng++;
            }
        }
        globalToOriginal = new int[ng];
        for (int i = 0; i < n; i++) {
            if (owner[i] < 0) {
                globalToOriginal[local[i]] = i;
            }
        }
        @SuppressWarnings("unchecked")
        TreeSet<Integer>[] sets = new TreeSet[nb];
        int[] bkl = new int[nb];
        int[] bku = new int[nb];
        for (int b = 0; b < nb; b++) {
            sets[b] = new TreeSet<>();
        }
        int kl = 0;
        int ku = 0;
        gbLo = new int[nb];
        gbHi = new int[nb];
        Arrays.fill(gbLo, Integer.MAX_VALUE);
        Arrays.fill(gbHi, -1);
        for (int c = 0; c < n; c++) {
            for (int k = sparsity.colStart(c); k < sparsity.colEnd(c); k++) {
                int r = sparsity.row(k);
                int br = owner[r];
                int bc = owner[c];
                if (br >= 0 && bc >= 0) {
                    bkl[br] = Math.max(bkl[br], local[r] - local[c]);
                    bku[br] = Math.max(bku[br], local[c] - local[r]);
                } else if (br >= 0) {
                    sets[br].add(local[c]);
                } else if (bc >= 0) {
                    sets[bc].add(local[r]);
                    gbLo[bc] = Math.min(gbLo[bc], local[c]);
                    gbHi[bc] = Math.max(gbHi[bc], local[c]);
                } else {
                    kl = Math.max(kl, local[r] - local[c]);
                    ku = Math.max(ku, local[c] - local[r]);
                }
            }
        }
        coupled = new int[nb][];
        aBg = new double[nb][];
        aGb = new double[nb][];
        bLen = new int[nb];
        bKl = new int[nb];
        bKu = new int[nb];
        bLd = new int[nb];
        bOff = new int[nb];
        pivotBase = new int[nb];
        int total = 0;
        int pivots = 0;
        for (int b = 0; b < nb; b++) {
            int len = sparsity.blockLength(b);
            bLen[b] = len;
            bKl[b] = Math.min(bkl[b], len - 1);
            bKu[b] = Math.min(bku[b], len - 1);
            bLd[b] = 2 * bKl[b] + bKu[b] + 1;
            bOff[b] = total;
            pivotBase[b] = pivots;
            total += bLd[b] * len;
            pivots += len;
            coupled[b] = sets[b].stream().mapToInt(Integer::intValue).toArray();
            int g = coupled[b].length;
            aBg[b] = new double[len * g];
            aGb[b] = new double[g * len];
            if (g > 0) {
                int span = coupled[b][g - 1] - coupled[b][0];
                kl = Math.max(kl, span);
                ku = Math.max(ku, span);
            }
        }
        ab = new double[total];
        piv = new int[pivots];
        invDiag = new double[pivots];
        lw = new double[pivots];
        u1 = new double[pivots];
        u2 = new double[pivots];
        tri = new boolean[nb];
        for (int b = 0; b < nb; b++) {
            tri[b] = bKl[b] == 1 && bKu[b] == 1 && bLen[b] >= 3;
        }
        global = ng > 0 ? new BandedLu(ng, kl, ku) : null;
        gRhs = new double[Math.max(ng, 1)];
    }

    /** @return number of global unknowns (the condensed system) */
    public int globalSize() {
        return globalToOriginal.length;
    }

    /** @return lower bandwidth of the condensed system */
    public int globalLower() {
        return global == null ? 0 : global.lower();
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public void clear() {
        if (global != null) {
            global.clear();
        }
        Arrays.fill(ab, 0.0);
        for (int b = 0; b < bLen.length; b++) {
            Arrays.fill(aBg[b], 0.0);
            Arrays.fill(aGb[b], 0.0);
        }
    }

    private int position(int b, int g) {
        int[] list = coupled[b];
        for (int q = 0; q < list.length; q++) {
            if (list[q] == g) {
                return q;
            }
        }
        return -1;
    }

    @Override
    public boolean inStructure(int row, int col) {
        if (row < 0 || col < 0 || row >= n || col >= n) {
            return false;
        }
        int br = owner[row];
        int bc = owner[col];
        if (br >= 0 && bc >= 0) {
            int d = local[row] - local[col];
            return br == bc && d <= bKl[br] && -d <= bKu[br];
        }
        if (br >= 0) {
            return position(br, local[col]) >= 0;
        }
        if (bc >= 0) {
            return position(bc, local[row]) >= 0;
        }
        return global.inStructure(local[row], local[col]);
    }

    @Override
    public void add(int row, int col, double value) {
        if (!inStructure(row, col)) {
            if (value == 0.0) {
                return;
            }
            throw new IllegalArgumentException("entry (" + row + ", " + col + ") is outside the condensed structure");
        }
        int br = owner[row];
        int bc = owner[col];
        if (br >= 0 && bc >= 0) {
            ab[idx(br, local[row], local[col])] += value;
        } else if (br >= 0) {
            aBg[br][position(br, local[col]) * bLen[br] + local[row]] += value;
        } else if (bc >= 0) {
            aGb[bc][position(bc, local[row]) * bLen[bc] + local[col]] += value;
        } else {
            global.add(local[row], local[col], value);
        }
    }

    private int idx(int b, int i, int j) {
        return bOff[b] + j * bLd[b] + (bKl[b] + bKu[b] + i - j);
    }

    /** Banded LU with partial pivoting of block b in place (as {@link BandedLu#factor()}). */
    private int factorBlock(int b) {
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
    private void solveBlock(int b, double[] x, int x0) {
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
     * Adds to the k-th structural entry (column-major order) of the sparsity this solver was built
     * from, without searching (for repeated loading of the same structure).
     */
    void addEntry(Sparsity s, int k, int row, int col, double value) {
        if (slotFor != s) {
            buildSlots(s);
        }
        switch (slotKind[k]) {
            case 0 -> ab[slotPos[k]] += value;
            case 1 -> aBg[slotBlock[k]][slotPos[k]] += value;
            case 2 -> aGb[slotBlock[k]][slotPos[k]] += value;
            default -> global.add(local[row], local[col], value);
        }
    }

    private void buildSlots(Sparsity s) {
        int m = s.entries();
        slotKind = new int[m];
        slotBlock = new int[m];
        slotPos = new int[m];
        for (int col = 0; col < n; col++) {
            for (int k = s.colStart(col); k < s.colEnd(col); k++) {
                int row = s.row(k);
                int br = owner[row];
                int bc = owner[col];
                if (br >= 0 && bc >= 0) {
                    slotKind[k] = 0;
                    slotPos[k] = idx(br, local[row], local[col]);
                } else if (br >= 0) {
                    slotKind[k] = 1;
                    slotBlock[k] = br;
                    slotPos[k] = position(br, local[col]) * bLen[br] + local[row];
                } else if (bc >= 0) {
                    slotKind[k] = 2;
                    slotBlock[k] = bc;
                    slotPos[k] = position(bc, local[row]) * bLen[bc] + local[col];
                } else {
                    slotKind[k] = 3;
                }
            }
        }
        slotFor = s;
    }

    /**
     * Tridiagonal block (LU with row interchanges: U has two super-diagonals, stored divided by
     * the pivot). Two independent right-hand sides (x1 at o1 with block b1, x2 at o2 with b2, of
     * equal length) are swept together so their recurrences overlap in the CPU pipeline.
     */
    private void solveTri2(int b1, double[] x1, int o1, int b2, double[] x2, int o2) {
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

    @Override
    public int factor() {
        for (int b = 0; b < bLen.length; b++) {
            int bad = factorBlock(b);
            if (bad >= 0) {
                return blockStart[b] + bad;
            }
            if (tri[b]) {
                int pb = pivotBase[b];
                int n1 = bLen[b];
                for (int j = 0; j < n1; j++) {
                    double inv = invDiag[pb + j];
                    lw[pb + j] = j + 1 < n1 ? ab[idx(b, j + 1, j)] : 0.0;
                    u1[pb + j] = j + 1 < n1 ? ab[idx(b, j, j + 1)] * inv : 0.0;
                    u2[pb + j] = j + 2 < n1 ? ab[idx(b, j, j + 2)] * inv : 0.0;
                }
            }
            int len = bLen[b];
            int[] list = coupled[b];
            int g = list.length;
            double[] w = aBg[b];
            double[] v = aGb[b];
            // W = A_BB^-1 A_Bg, column by column, in place of A_Bg (column-major)
            int q0 = 0;
            if (tri[b]) {
                for (; q0 + 1 < g; q0 += 2) {
                    solveTri2(b, w, q0 * len, b, w, (q0 + 1) * len);
                }
            }
            for (int q = q0; q < g; q++) {
                solveBlock(b, w, q * len);
            }
            // S -= A_gB W
            int lo = gbLo[b];
            int hi = gbHi[b];
            for (int p = 0; p < g; p++) {
                for (int q = 0; q < g; q++) {
                    double s = 0;
                    for (int k = lo; k <= hi; k++) {
                        s += v[p * len + k] * w[q * len + k];
                    }
                    if (s != 0.0) {
                        global.add(list[p], list[q], -s);
                    }
                }
            }
        }
        if (global != null) {
            int bad = global.factor();
            if (bad >= 0) {
                return globalToOriginal[bad];
            }
        }
        return -1;
    }

    @Override
    public void solve(double[] rhs) {
        int ng = globalToOriginal.length;
        for (int i = 0; i < ng; i++) {
            gRhs[i] = rhs[globalToOriginal[i]];
        }
        for (int b = 0; b < bLen.length; b++) {
            int len = bLen[b];
            int s0 = blockStart[b];
            if (b % 2 == 0 && b + 1 < bLen.length && tri[b] && tri[b + 1] && bLen[b + 1] == len) {
                solveTri2(b, rhs, s0, b + 1, rhs, blockStart[b + 1]);
            } else if (b % 2 == 0 || !(tri[b - 1] && tri[b] && bLen[b - 1] == len)) {
                solveBlock(b, rhs, s0);
            }
            int[] list = coupled[b];
            double[] v = aGb[b];
            int hi = gbHi[b];
            for (int p = 0; p < list.length; p++) {
                double s = 0;
                for (int k = gbLo[b]; k <= hi; k++) {
                    s += v[p * len + k] * rhs[s0 + k];
                }
                gRhs[list[p]] -= s;
            }
        }
        if (global != null) {
            global.solve(gRhs);
        }
        for (int i = 0; i < ng; i++) {
            rhs[globalToOriginal[i]] = gRhs[i];
        }
        for (int b = 0; b < bLen.length; b++) {
            int len = bLen[b];
            int s0 = blockStart[b];
            int[] list = coupled[b];
            double[] w = aBg[b];
            for (int q = 0; q < list.length; q++) {
                double xq = gRhs[list[q]];
                if (xq != 0.0) {
                    int wq = q * len;
                    for (int k = 0; k < len; k++) {
                        rhs[s0 + k] -= w[wq + k] * xq;
                    }
                }
            }
        }
    }
}
