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
    private final BandedLu[] blocks;
    private final int[] blockStart;
    private final int[][] coupled;
    private final double[][] aBg;
    private final double[][] aGb;
    private final double[] tmp;
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
        int maxLen = 1;
        for (int b = 0; b < nb; b++) {
            blockStart[b] = sparsity.blockStart(b);
            for (int k = 0; k < sparsity.blockLength(b); k++) {
                owner[blockStart[b] + k] = b;
                local[blockStart[b] + k] = k;
            }
            maxLen = Math.max(maxLen, sparsity.blockLength(b));
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
                } else {
                    kl = Math.max(kl, local[r] - local[c]);
                    ku = Math.max(ku, local[c] - local[r]);
                }
            }
        }
        blocks = new BandedLu[nb];
        coupled = new int[nb][];
        aBg = new double[nb][];
        aGb = new double[nb][];
        for (int b = 0; b < nb; b++) {
            int len = sparsity.blockLength(b);
            blocks[b] = new BandedLu(len, bkl[b], bku[b]);
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
        global = ng > 0 ? new BandedLu(ng, kl, ku) : null;
        tmp = new double[maxLen];
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
        for (int b = 0; b < blocks.length; b++) {
            blocks[b].clear();
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
            return br == bc && blocks[br].inStructure(local[row], local[col]);
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
            blocks[br].add(local[row], local[col], value);
        } else if (br >= 0) {
            aBg[br][local[row] * coupled[br].length + position(br, local[col])] += value;
        } else if (bc >= 0) {
            aGb[bc][position(bc, local[row]) * blocks[bc].size() + local[col]] += value;
        } else {
            global.add(local[row], local[col], value);
        }
    }

    @Override
    public int factor() {
        for (int b = 0; b < blocks.length; b++) {
            BandedLu lu = blocks[b];
            int bad = lu.factor();
            if (bad >= 0) {
                return blockStart[b] + bad;
            }
            int len = lu.size();
            int[] list = coupled[b];
            int g = list.length;
            double[] w = aBg[b];
            double[] v = aGb[b];
            // W = A_BB^-1 A_Bg, column by column, stored in place of A_Bg
            for (int q = 0; q < g; q++) {
                for (int k = 0; k < len; k++) {
                    tmp[k] = w[k * g + q];
                }
                lu.solve(tmp);
                for (int k = 0; k < len; k++) {
                    w[k * g + q] = tmp[k];
                }
            }
            // S -= A_gB W
            for (int p = 0; p < g; p++) {
                for (int q = 0; q < g; q++) {
                    double s = 0;
                    for (int k = 0; k < len; k++) {
                        s += v[p * len + k] * w[k * g + q];
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
        for (int b = 0; b < blocks.length; b++) {
            BandedLu lu = blocks[b];
            int len = lu.size();
            int s0 = blockStart[b];
            System.arraycopy(rhs, s0, tmp, 0, len);
            lu.solve(tmp);
            System.arraycopy(tmp, 0, rhs, s0, len);
            int[] list = coupled[b];
            double[] v = aGb[b];
            for (int p = 0; p < list.length; p++) {
                double s = 0;
                for (int k = 0; k < len; k++) {
                    s += v[p * len + k] * tmp[k];
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
        for (int b = 0; b < blocks.length; b++) {
            int len = blocks[b].size();
            int s0 = blockStart[b];
            int[] list = coupled[b];
            int g = list.length;
            double[] w = aBg[b];
            for (int k = 0; k < len; k++) {
                double s = 0;
                for (int q = 0; q < g; q++) {
                    s += w[k * g + q] * gRhs[list[q]];
                }
                rhs[s0 + k] -= s;
            }
        }
    }
}
