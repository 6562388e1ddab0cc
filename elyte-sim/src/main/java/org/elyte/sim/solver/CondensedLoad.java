package org.elyte.sim.solver;

/**
 * Precomputed load lists of a {@link CondensedLu} for one {@link Sparsity}: for each storage of the
 * condensed solver (block bands, block rows, block columns, global band), the structural entries
 * k of the Jacobian that go there and their positions, and the diagonal entries that receive the
 * mass matrix. Loading {@code M − c·J} is then four gather-scatter loops without searching or
 * branching on the entry's kind; entries of J that are zero are skipped.
 */
final class CondensedLoad {
    private final Sparsity sparsity;
    private final double[][] target = new double[4][];
    private final int[][] entry = new int[4][];
    private final int[][] pos = new int[4][];
    private final int[][] diagRow = new int[4][];
    private final int[][] diagPos = new int[4][];

    CondensedLoad(CondensedLu lu, Sparsity s) {
        sparsity = s;
        int n = s.size();
        int[] count = new int[4];
        int[] diagCount = new int[4];
        for (int col = 0; col < n; col++) {
            for (int k = s.colStart(col); k < s.colEnd(col); k++) {
                int kind = lu.kind(s.row(k), col);
                count[kind]++;
                if (s.row(k) == col) {
                    diagCount[kind]++;
                }
            }
        }
        for (int kind = 0; kind < 4; kind++) {
            entry[kind] = new int[count[kind]];
            pos[kind] = new int[count[kind]];
            diagRow[kind] = new int[diagCount[kind]];
            diagPos[kind] = new int[diagCount[kind]];
            target[kind] = count[kind] > 0 ? lu.storage(kind) : new double[0];
            count[kind] = 0;
            diagCount[kind] = 0;
        }
        for (int col = 0; col < n; col++) {
            for (int k = s.colStart(col); k < s.colEnd(col); k++) {
                int row = s.row(k);
                int kind = lu.kind(row, col);
                int slot = lu.slot(row, col);
                entry[kind][count[kind]] = k;
                pos[kind][count[kind]++] = slot;
                if (row == col) {
                    diagRow[kind][diagCount[kind]] = row;
                    diagPos[kind][diagCount[kind]++] = slot;
                }
            }
        }
    }

    Sparsity sparsity() {
        return sparsity;
    }

    /** Adds M − c·J into the (cleared) storages; jac holds J per structural entry. */
    void load(double[] jac, double[] mass, double c) {
        for (int kind = 0; kind < 4; kind++) {
            double[] a = target[kind];
            int[] e = entry[kind];
            int[] p = pos[kind];
            for (int q = 0; q < e.length; q++) {
                double v = jac[e[q]];
                if (v != 0.0) {
                    a[p[q]] -= c * v;
                }
            }
            int[] dr = diagRow[kind];
            int[] dp = diagPos[kind];
            for (int q = 0; q < dr.length; q++) {
                a[dp[q]] += mass[dr[q]];
            }
        }
    }
}
