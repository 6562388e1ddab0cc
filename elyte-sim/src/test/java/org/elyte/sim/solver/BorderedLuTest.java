package org.elyte.sim.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** The bordering algorithm against a dense LU of the same matrix, on banded and condensed inner blocks. */
class BorderedLuTest {

    /**
     * Fills the same random bordered matrix into both solvers (inner entries in the given structure,
     * else where the inner solver's structure allows, diagonally dominant; border entries of order one, a random
     * corner that may be zero) and compares several solutions.
     */
    private static void agreesWithDense(LinearSolver inner, Sparsity structure, long seed, boolean zeroCorner) {
        int m = inner.size();
        int n = m + 1;
        Random rnd = new Random(seed);
        BorderedLu bl = new BorderedLu(inner);
        DenseLu d = new DenseLu(n);
        for (int round = 0; round < 2; round++) { // second round: refill after clear()
            bl.clear();
            d.clear();
            for (int row = 0; row < m; row++) {
                for (int col = 0; col < m; col++) {
                    if (structure == null ? inner.inStructure(row, col) : structure.contains(row, col)) {
                        double v = row == col ? 4 + rnd.nextDouble() : rnd.nextDouble() - 0.5;
                        bl.add(row, col, v);
                        d.add(row, col, v);
                    }
                }
            }
            for (int i = 0; i < m; i++) {
                double b = rnd.nextDouble() - 0.5;
                double c = 3 * (rnd.nextDouble() - 0.5);
                bl.add(i, m, b);
                d.add(i, m, b);
                bl.add(m, i, c);
                d.add(m, i, c);
            }
            double corner = zeroCorner ? 0.0 : rnd.nextDouble() - 0.5;
            bl.add(m, m, corner);
            d.add(m, m, corner);
            assertThat(bl.inStructure(m, 0)).isTrue();
            assertThat(bl.inStructure(0, m)).isTrue();
            assertThat(bl.factor()).isEqualTo(-1);
            assertThat(d.factor()).isEqualTo(-1);
            for (int k = 0; k < 3; k++) {
                double[] x1 = new double[n];
                for (int i = 0; i < n; i++) {
                    x1[i] = rnd.nextDouble() - 0.5;
                }
                double[] x2 = x1.clone();
                bl.solve(x1);
                d.solve(x2);
                double mx = 0;
                for (double v : x2) {
                    mx = Math.max(mx, Math.abs(v));
                }
                for (int i = 0; i < n; i++) {
                    assertThat(x1[i]).as("x[%s]", i).isCloseTo(x2[i], within(1e-10 * Math.max(1, mx)));
                }
            }
        }
    }

    @Test
    void borderedBandedSolveEqualsDenseSolve() {
        for (long seed = 1; seed <= 5; seed++) {
            agreesWithDense(new BandedLu(40, 3, 2), null, seed, false);
            agreesWithDense(new BandedLu(40, 3, 2), null, seed + 100, true);
        }
    }

    @Test
    void borderedCondensedSolveEqualsDenseSolve() {
        for (long seed = 1; seed <= 5; seed++) {
            agreesWithDense(new CondensedLu(CondensedLuTest.structure(6)), CondensedLuTest.structure(6), seed, false);
            agreesWithDense(new CondensedLu(CondensedLuTest.structure(9)), CondensedLuTest.structure(9), seed + 100, true);
        }
    }

    /** A last row equal to a combination of the others makes the matrix singular: reported at the border. */
    @Test
    void dependentBorderRowIsReportedSingular() {
        int m = 12;
        Random rnd = new Random(3);
        double[][] a = new double[m + 1][m + 1];
        BorderedLu bl = new BorderedLu(new BandedLu(m, 1, 1));
        for (int row = 0; row < m; row++) {
            for (int col = Math.max(0, row - 1); col <= Math.min(m - 1, row + 1); col++) {
                a[row][col] = row == col ? 4 : rnd.nextDouble() - 0.5;
            }
            a[row][m] = rnd.nextDouble() - 0.5;
        }
        // last row = 2·row 0 + 1·row 5: exact in binary for these weights up to rounding of the sum
        for (int col = 0; col <= m; col++) {
            a[m][col] = 2 * a[0][col] + a[5][col];
        }
        for (int row = 0; row <= m; row++) {
            for (int col = 0; col <= m; col++) {
                if (a[row][col] != 0.0) {
                    bl.add(row, col, a[row][col]);
                }
            }
        }
        assertThat(bl.factor()).isEqualTo(m);
    }

    @Test
    void singularInnerBlockIsReportedAtItsColumn() {
        BorderedLu bl = new BorderedLu(new BandedLu(4, 1, 1));
        bl.add(0, 0, 1);
        bl.add(1, 1, 1);
        bl.add(3, 3, 1); // (2, 2) stays zero
        bl.add(4, 4, 1);
        bl.add(2, 4, 1);
        bl.add(4, 2, 1);
        assertThat(bl.factor()).isEqualTo(2);
        assertThatThrownBy(() -> bl.add(0, 3, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A bordered tridiagonal test DAE: differential inner rows, an algebraic last unknown coupled to all. */
    private static final class Toy implements DaeSystem {
        final int n;
        final JacobianPattern pattern;

        Toy(int n, Function<Integer, JacobianPattern> p) {
            this.n = n;
            this.pattern = p.apply(n);
        }

        @Override
        public int size() {
            return n;
        }

        @Override
        public void massDiagonal(double[] out) {
            java.util.Arrays.fill(out, 1.0);
            out[n - 1] = 0.0;
        }

        @Override
        public void rhs(double t, double[] y, double[] f) {
            int m = n - 1;
            double s = 0;
            for (int i = 0; i < m; i++) {
                double l = i > 0 ? y[i - 1] : 0;
                double r = i + 1 < m ? y[i + 1] : 0;
                f[i] = (l - 2 * y[i] + r) * 50 - 0.1 * y[m] * (1 + 0.1 * i) + 0.01 * y[i] * y[i];
                s += y[i] * (1 + 0.01 * i);
            }
            f[m] = s / m + 0.5 * y[m] - 1.0; // algebraic: a weighted mean pins y_m
        }

        @Override
        public JacobianPattern pattern() {
            return pattern;
        }
    }

    /** Same DAE declared bordered (finite differences, bordered LU) and dense: the same trajectory. */
    @Test
    void borderedIntegrationEqualsDenseIntegration() {
        int n = 31;
        double[] y0 = new double[n];
        for (int i = 0; i < n - 1; i++) {
            y0[i] = Math.sin(Math.PI * (i + 1) / n);
        }
        Toy bordered = new Toy(n, k -> new JacobianPattern.Bordered(JacobianPattern.banded(1, 1), Optional.empty()));
        Toy dense = new Toy(n, k -> JacobianPattern.dense());
        BdfOptions opt = BdfOptions.defaults().withTolerances(1e-8, 1e-10);
        DaeSolution a = new BdfIntegrator(opt).integrate(bordered, 0, y0, 2, java.util.List.of()).orThrow();
        DaeSolution b = new BdfIntegrator(opt).integrate(dense, 0, y0, 2, java.util.List.of()).orThrow();
        assertThat(a.lastTime()).isEqualTo(2.0);
        double[] ya = a.lastState();
        double[] yb = b.lastState();
        for (int i = 0; i < n; i++) {
            assertThat(ya[i]).as("y[%s]", i).isCloseTo(yb[i], within(1e-9));
        }
        // and the linearisation sees the border
        double[][] j = new double[n][n];
        Jacobians.evaluate(bordered, 0, y0, (r, c, v) -> j[r][c] += v);
        assertThat(j[n - 1][3]).isCloseTo(1.03 / (n - 1), within(1e-6));
        assertThat(j[3][n - 1]).isCloseTo(-0.13, within(1e-6));
        assertThat(j[3][10]).isEqualTo(0.0);
    }
}
