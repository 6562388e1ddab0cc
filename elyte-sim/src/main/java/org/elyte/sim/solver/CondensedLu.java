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
    private final BlockBands bands;
    private final int[] gbLo;
    private final int[] gbHi;
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
        int[] lens = new int[nb];
        for (int b = 0; b < nb; b++) {
            int len = sparsity.blockLength(b);
            lens[b] = len;
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
        bands = new BlockBands(lens, bkl, bku);
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
        bands.clear();
        for (int b = 0; b < bands.count(); b++) {
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
            return br == bc && bands.inBand(br, local[row], local[col]);
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
            bands.add(br, local[row], local[col], value);
        } else if (br >= 0) {
            aBg[br][position(br, local[col]) * bands.length(br) + local[row]] += value;
        } else if (bc >= 0) {
            aGb[bc][position(bc, local[row]) * bands.length(bc) + local[col]] += value;
        } else {
            global.add(local[row], local[col], value);
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
            case 0 -> bands.addAt(slotPos[k], value);
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
                    slotPos[k] = bands.idx(br, local[row], local[col]);
                } else if (br >= 0) {
                    slotKind[k] = 1;
                    slotBlock[k] = br;
                    slotPos[k] = position(br, local[col]) * bands.length(br) + local[row];
                } else if (bc >= 0) {
                    slotKind[k] = 2;
                    slotBlock[k] = bc;
                    slotPos[k] = position(bc, local[row]) * bands.length(bc) + local[col];
                } else {
                    slotKind[k] = 3;
                }
            }
        }
        slotFor = s;
    }

    @Override
    public int factor() {
        for (int b = 0; b < bands.count(); b++) {
            int bad = bands.factor(b);
            if (bad >= 0) {
                return blockStart[b] + bad;
            }
            int len = bands.length(b);
            int[] list = coupled[b];
            int g = list.length;
            double[] w = aBg[b];
            double[] v = aGb[b];
            // W = A_BB^-1 A_Bg, column by column, in place of A_Bg (column-major)
            int q0 = 0;
            if (bands.tridiagonal(b)) {
                for (; q0 + 1 < g; q0 += 2) {
                    bands.solveTri2(b, w, q0 * len, b, w, (q0 + 1) * len);
                }
            }
            for (int q = q0; q < g; q++) {
                bands.solve(b, w, q * len);
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
        int nb = bands.count();
        for (int b = 0; b < nb; b++) {
            int len = bands.length(b);
            int s0 = blockStart[b];
            if (b % 2 == 0 && b + 1 < nb && bands.pairable(b, b + 1)) {
                bands.solveTri2(b, rhs, s0, b + 1, rhs, blockStart[b + 1]);
            } else if (b % 2 == 0 || !bands.pairable(b - 1, b)) {
                bands.solve(b, rhs, s0);
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
        for (int b = 0; b < nb; b++) {
            int len = bands.length(b);
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
