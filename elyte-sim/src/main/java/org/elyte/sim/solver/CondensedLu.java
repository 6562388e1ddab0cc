package org.elyte.sim.solver;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * LU solution by static condensation of the local blocks of a {@link Sparsity}: with the unknowns
 * split into blocks B (coupled only to themselves and to the remaining, global unknowns g),
 * {@code A = [A_BB A_Bg; A_gB A_gg]}, each block is factorised alone, the Schur complement
 * {@code S = A_gg − Σ_B A_gB A_BB⁻¹ A_Bg} is assembled into a banded LU over the global unknowns,
 * and a solve is forward elimination per block, the global solve, and back substitution per block.
 * For the DFN cell the blocks are the particle shells of each cathode cell (tridiagonal, factorised
 * as LAPACK's dgttrf), so the band of the global system is a few unknowns wide instead of N_r + 4.
 *
 * <p>Only the R rows of a block that couple to global unknowns enter {@code A_Bg} (for the DFN cell
 * one row, the outer shell), so {@code A_BB⁻¹ A_Bg = Z·A_Bg[R, :]} with {@code Z = A_BB⁻¹ E_R}:
 * R block solves per factorisation (one for the DFN cell) instead of one per coupled global
 * unknown, and back substitution adds R columns of Z. Pivoting is partial inside each block and
 * inside S (the blocks themselves must be non-singular, which holds for {@code M − cJ} of diffusion
 * in the particles). No allocation after construction.
 */
public final class CondensedLu implements LinearSolver {
    static final int BAND = 0;
    static final int BLOCK_ROWS = 1;
    static final int BLOCK_COLUMNS = 2;
    static final int GLOBAL = 3;
    private final int n;
    private final int[] owner;
    private final int[] local;
    private final int[] globalToOriginal;
    private final BandedLu global;
    private final int[] blockStart;
    private final BlockBands bands;
    private final int[] gbLo;
    private final int[] gbHi;
    /** per block: global unknowns it couples to (ascending) */
    private final int[][] coupled;
    /** per block: its local rows with entries in A_Bg (ascending) */
    private final int[][] rows;
    /** A_Bg[R, :] of all blocks, row-major R × g at bgOff[b] */
    private final double[] aBg;
    private final int[] bgOff;
    /** A_gB of all blocks, g × len (row p at p·len) at gbOff[b] */
    private final double[] aGb;
    private final int[] gbOff;
    /** Z = A_BB⁻¹ E_R of all blocks, column r at zOff[b] + r·len */
    private final double[] z;
    private final int[] zOff;
    private final double[] gRhs;
    private CondensedLoad load;

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
        @SuppressWarnings("unchecked")
        TreeSet<Integer>[] rowSets = new TreeSet[nb];
        int[] bkl = new int[nb];
        int[] bku = new int[nb];
        for (int b = 0; b < nb; b++) {
            sets[b] = new TreeSet<>();
            rowSets[b] = new TreeSet<>();
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
                    rowSets[br].add(local[r]);
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
        rows = new int[nb][];
        bgOff = new int[nb + 1];
        gbOff = new int[nb + 1];
        zOff = new int[nb + 1];
        int[] lens = new int[nb];
        for (int b = 0; b < nb; b++) {
            int len = sparsity.blockLength(b);
            lens[b] = len;
            coupled[b] = sets[b].stream().mapToInt(Integer::intValue).toArray();
            rows[b] = rowSets[b].stream().mapToInt(Integer::intValue).toArray();
            int g = coupled[b].length;
            int nr = rows[b].length;
            bgOff[b + 1] = bgOff[b] + nr * g;
            gbOff[b + 1] = gbOff[b] + g * len;
            zOff[b + 1] = zOff[b] + nr * len;
            if (g > 0) {
                int span = coupled[b][g - 1] - coupled[b][0];
                kl = Math.max(kl, span);
                ku = Math.max(ku, span);
            }
        }
        aBg = new double[bgOff[nb]];
        aGb = new double[gbOff[nb]];
        z = new double[zOff[nb]];
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
        Arrays.fill(aBg, 0.0);
        Arrays.fill(aGb, 0.0);
    }

    private static int position(int[] list, int v) {
        int q = Arrays.binarySearch(list, v);
        return q < 0 ? -1 : q;
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
            return position(coupled[br], local[col]) >= 0 && position(rows[br], local[row]) >= 0;
        }
        if (bc >= 0) {
            return position(coupled[bc], local[row]) >= 0;
        }
        return global.inStructure(local[row], local[col]);
    }

    /** @return which storage holds (row, col): {@link #BAND}, {@link #BLOCK_ROWS}, ... (inside the structure) */
    int kind(int row, int col) {
        int br = owner[row];
        int bc = owner[col];
        return br >= 0 && bc >= 0 ? BAND : br >= 0 ? BLOCK_ROWS : bc >= 0 ? BLOCK_COLUMNS : GLOBAL;
    }

    /** @return the index of (row, col), inside the structure, in the array {@link #storage(int)} */
    int slot(int row, int col) {
        int br = owner[row];
        int bc = owner[col];
        if (br >= 0 && bc >= 0) {
            return bands.idx(br, local[row], local[col]);
        }
        if (br >= 0) {
            return bgOff[br] + position(rows[br], local[row]) * coupled[br].length + position(coupled[br], local[col]);
        }
        if (bc >= 0) {
            return gbOff[bc] + position(coupled[bc], local[row]) * bands.length(bc) + local[col];
        }
        return global.index(local[row], local[col]);
    }

    /** @return the array that stores entries of the given kind */
    double[] storage(int kind) {
        return switch (kind) {
            case BAND -> bands.storage();
            case BLOCK_ROWS -> aBg;
            case BLOCK_COLUMNS -> aGb;
            default -> global.storage();
        };
    }

    @Override
    public void add(int row, int col, double value) {
        if (!inStructure(row, col)) {
            if (value == 0.0) {
                return;
            }
            throw new IllegalArgumentException("entry (" + row + ", " + col + ") is outside the condensed structure");
        }
        storage(kind(row, col))[slot(row, col)] += value;
    }

    /**
     * Loads {@code M − c·J} (J stored per structural entry of s, column-major) by precomputed
     * index lists, after {@link #clear()}.
     */
    void loadIteration(Sparsity s, double[] jac, double[] mass, double c) {
        if (load == null || load.sparsity() != s) {
            load = new CondensedLoad(this, s);
        }
        clear();
        load.load(jac, mass, c);
    }

    @Override
    public int factor() {
        int nb = bands.count();
        for (int b = 0; b < nb; b++) {
            int bad = bands.factor(b);
            if (bad >= 0) {
                return blockStart[b] + bad;
            }
        }
        // Z = A_BB⁻¹ E_R, pairing single-column tridiagonal blocks
        Arrays.fill(z, 0.0);
        for (int b = 0; b < nb; b++) {
            int len = bands.length(b);
            int nr = rows[b].length;
            for (int r = 0; r < nr; r++) {
                z[zOff[b] + r * len + rows[b][r]] = 1.0;
            }
            if (nr == 1 && b + 1 < nb && rows[b + 1].length == 1 && bands.pairable(b, b + 1)) {
                z[zOff[b + 1] + rows[b + 1][0]] = 1.0;
                bands.solveTri2(b, z, zOff[b], b + 1, z, zOff[b + 1]);
                condense(b);
                condense(++b);
                continue;
            }
            for (int r = 0; r < nr; r++) {
                bands.solve(b, z, zOff[b] + r * len);
            }
            condense(b);
        }
        if (global != null) {
            int bad = global.factor();
            if (bad >= 0) {
                return globalToOriginal[bad];
            }
        }
        return -1;
    }

    /** S −= (A_gB Z) A_Bg[R, :] for block b. */
    private void condense(int b) {
        int len = bands.length(b);
        int[] list = coupled[b];
        int g = list.length;
        int nr = rows[b].length;
        int lo = gbLo[b];
        int hi = gbHi[b];
        for (int p = 0; p < g; p++) {
            int vp = gbOff[b] + p * len;
            for (int r = 0; r < nr; r++) {
                int zr = zOff[b] + r * len;
                double s = 0;
                for (int k = lo; k <= hi; k++) {
                    s += aGb[vp + k] * z[zr + k];
                }
                if (s == 0.0) {
                    continue;
                }
                int wr = bgOff[b] + r * g;
                for (int q = 0; q < g; q++) {
                    double w = aBg[wr + q];
                    if (w != 0.0) {
                        global.addAt(global.index(list[p], list[q]), -s * w);
                    }
                }
            }
        }
    }

    @Override
    public void solve(double[] rhs) {
        int ng = globalToOriginal.length;
        for (int i = 0; i < ng; i++) {
            gRhs[i] = rhs[globalToOriginal[i]];
        }
        int nb = bands.count();
        for (int b = 0; b < nb; b++) {
            if (b + 1 < nb && bands.pairable(b, b + 1)) {
                bands.solveTri2(b, rhs, blockStart[b], b + 1, rhs, blockStart[b + 1]);
                eliminate(b, rhs);
                eliminate(++b, rhs);
            } else {
                bands.solve(b, rhs, blockStart[b]);
                eliminate(b, rhs);
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
            int g = list.length;
            int nr = rows[b].length;
            for (int r = 0; r < nr; r++) {
                double s = 0;
                int wr = bgOff[b] + r * g;
                for (int q = 0; q < g; q++) {
                    s += aBg[wr + q] * gRhs[list[q]];
                }
                if (s != 0.0) {
                    int zr = zOff[b] + r * len;
                    for (int k = 0; k < len; k++) {
                        rhs[s0 + k] -= z[zr + k] * s;
                    }
                }
            }
        }
    }

    /** gRhs −= A_gB y_B with block b already solved in rhs. */
    private void eliminate(int b, double[] rhs) {
        int len = bands.length(b);
        int s0 = blockStart[b];
        int[] list = coupled[b];
        int hi = gbHi[b];
        for (int p = 0; p < list.length; p++) {
            int vp = gbOff[b] + p * len;
            double s = 0;
            for (int k = gbLo[b]; k <= hi; k++) {
                s += aGb[vp + k] * rhs[s0 + k];
            }
            gRhs[list[p]] -= s;
        }
    }
}
