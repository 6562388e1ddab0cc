package org.elyte.sim.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Static condensation against a dense LU, and the colouring of a block structure. */
class CondensedLuTest {

    /** Blocks of 5 unknowns after every 2 global ones; each block couples to its two globals (also used by BorderedLuTest). */
    static Sparsity structure(int cells) {
        int n = cells * 7;
        Sparsity.Builder b = Sparsity.builder(n);
        for (int m = 0; m < cells; m++) {
            int g0 = 7 * m;
            int s0 = g0 + 2;
            for (int k = 0; k < 5; k++) {
                for (int q = Math.max(0, k - 1); q <= Math.min(4, k + 1); q++) {
                    b.add(s0 + k, s0 + q);
                }
            }
            for (int gi = 0; gi < 2; gi++) {
                b.add(g0 + gi, s0 + 4).add(s0 + 4, g0 + gi).add(g0 + gi, s0 + 3);
                b.add(g0 + gi, g0 + (1 - gi));
                if (m + 1 < cells) {
                    b.add(g0 + gi, g0 + 7 + gi).add(g0 + 7 + gi, g0 + gi);
                }
            }
            b.block(s0, 5);
        }
        return b.build();
    }

    @Test
    void condensedSolveEqualsDenseSolve() {
        int cells = 6;
        Sparsity s = structure(cells);
        int n = s.size();
        Random rnd = new Random(7);
        CondensedLu c = new CondensedLu(s);
        DenseLu d = new DenseLu(n);
        for (int col = 0; col < n; col++) {
            for (int row = 0; row < n; row++) {
                if (s.contains(row, col)) {
                    double v = row == col ? 4 + rnd.nextDouble() : rnd.nextDouble() - 0.5;
                    c.add(row, col, v);
                    d.add(row, col, v);
                }
            }
        }
        assertThat(c.globalSize()).isEqualTo(2 * cells);
        assertThat(c.factor()).isEqualTo(-1);
        assertThat(d.factor()).isEqualTo(-1);
        double[] b1 = new double[n];
        for (int i = 0; i < n; i++) {
            b1[i] = rnd.nextDouble() - 0.5;
        }
        double[] b2 = b1.clone();
        c.solve(b1);
        d.solve(b2);
        for (int i = 0; i < n; i++) {
            assertThat(b1[i]).as("x[%s]", i).isCloseTo(b2[i], within(1e-12)); // dimensionless, rounding
        }
    }

    /**
     * Blocks whose sub-diagonal outweighs the diagonal force row interchanges inside the
     * tridiagonal factorisation (dgttrf's fill of the second super-diagonal) and in the global band;
     * the solution must still equal the dense LU's. Two coupled rows per block exercise R > 1.
     */
    @Test
    void pivotingBlocksSolveTheSystem() {
        pivotingSystemSolves(false);
    }

    /** The DFN particle blocks swap rows, if at all, only in the last elimination step. */
    @Test
    void blocksSwappingOnlyInTheLastStepSolveTheSystem() {
        pivotingSystemSolves(true);
    }

    private static void pivotingSystemSolves(boolean lastStepOnly) {
        int cells = 5;
        int len = 6;
        int n = cells * (len + 2);
        Sparsity.Builder sb = Sparsity.builder(n);
        for (int m = 0; m < cells; m++) {
            int g0 = (len + 2) * m;
            int s0 = g0 + 2;
            for (int k = 0; k < len; k++) {
                for (int q = Math.max(0, k - 1); q <= Math.min(len - 1, k + 1); q++) {
                    sb.add(s0 + k, s0 + q);
                }
            }
            for (int gi = 0; gi < 2; gi++) {
                sb.add(g0 + gi, g0 + gi).add(g0 + gi, g0 + 1 - gi);
                sb.add(g0 + gi, s0 + len - 1).add(g0 + gi, s0 + len - 2);
                sb.add(s0 + len - 1, g0 + gi).add(s0 + (m % 2 == 0 ? 0 : len - 2), g0 + gi);
                if (m + 1 < cells) {
                    sb.add(g0 + gi, g0 + len + 2 + gi).add(g0 + len + 2 + gi, g0 + gi);
                }
            }
            sb.block(s0, len);
        }
        Sparsity s = sb.build();
        Random rnd = new Random(11);
        CondensedLu c = new CondensedLu(s);
        DenseLu d = new DenseLu(n);
        int swaps = 0;
        for (int col = 0; col < n; col++) {
            for (int row = 0; row < n; row++) {
                if (s.contains(row, col)) {
                    // small diagonals, large sub-diagonals: partial pivoting must swap rows
                    boolean big = row == col + 1 && (!lastStepOnly || (row + 1) % (len + 2) == 0);
                    double v = row == col ? (lastStepOnly ? 4 + rnd.nextDouble() : 0.1 * (rnd.nextDouble() + 0.1))
                            : big ? (lastStepOnly ? 40 : 2) + rnd.nextDouble() : rnd.nextDouble() - 0.5;
                    swaps += big ? 1 : 0;
                    c.add(row, col, v);
                    d.add(row, col, v);
                }
            }
        }
        assertThat(swaps).isGreaterThan(lastStepOnly ? cells - 1 : cells * (len - 1));
        assertThat(c.factor()).isEqualTo(-1);
        assertThat(d.factor()).isEqualTo(-1);
        for (int trial = 0; trial < 3; trial++) {
            double[] b1 = new double[n];
            for (int i = 0; i < n; i++) {
                b1[i] = rnd.nextDouble() - 0.5;
            }
            double[] b2 = b1.clone();
            c.solve(b1);
            d.solve(b2);
            for (int i = 0; i < n; i++) {
                assertThat(b1[i]).as("x[%s]", i).isCloseTo(b2[i], within(1e-9 * (1 + Math.abs(b2[i]))));
            }
        }
    }

    @Test
    void entriesOutsideTheStructureAreRejectedAndColoursAreFew() {
        Sparsity s = structure(6);
        CondensedLu c = new CondensedLu(s);
        assertThat(c.inStructure(2, 9)).isFalse(); // two different blocks
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.add(2, 9, 1.0))
                .isInstanceOf(IllegalArgumentException.class);
        int[] colour = s.columnColours();
        for (int row = 0; row < s.size(); row++) {
            for (int a = 0; a < s.size(); a++) {
                for (int b = a + 1; b < s.size(); b++) {
                    if (s.contains(row, a) && s.contains(row, b)) {
                        assertThat(colour[a]).as("columns %s and %s share row %s", a, b, row).isNotEqualTo(colour[b]);
                    }
                }
            }
        }
        assertThat(s.colourCount()).isLessThan(12);
    }

    @Test
    void coupledBlocksAreRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Sparsity.builder(4).add(0, 3).block(0, 2).block(2, 2)
                .build()).isInstanceOf(org.elyte.core.error.InvalidInputException.class).hasMessageContaining("coupled");
    }
}
