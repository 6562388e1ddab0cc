package org.elyte.core.numerics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.elyte.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Lawson–Hanson NNLS: known solutions, active constraints, KKT conditions on random problems. */
class NnlsTest {

    @Test
    void unconstrainedSolutionIsReturnedWhenPositive() {
        double[][] a = {{1, 0}, {0, 2}, {1, 1}};
        double[] xTrue = {3, 0.5};
        double[] b = {3, 1, 3.5};
        double[] x = Nnls.solve(a, b);
        assertThat(x[0]).isCloseTo(xTrue[0], within(1e-12)); // exact data, absolute
        assertThat(x[1]).isCloseTo(xTrue[1], within(1e-12));
    }

    @Test
    void negativeComponentIsClampedToZero() {
        // unconstrained LS solution is (2, -1); with x ≥ 0 the optimum is x2 = 0, x1 = (a1·b)/(a1·a1)
        double[][] a = {{1, 0}, {0, 1}, {1, 1}};
        double[] b = {2, -1, 1};
        double[] x = Nnls.solve(a, b);
        assertThat(x[1]).isEqualTo(0.0);
        assertThat(x[0]).isCloseTo(1.5, within(1e-12)); // (2 + 1)/2, absolute
    }

    @Test
    void allNegativeGivesZero() {
        double[][] a = {{1, 0}, {0, 1}};
        double[] x = Nnls.solve(a, new double[] {-1, -2});
        assertThat(x).containsExactly(0.0, 0.0);
    }

    @Test
    void randomProblemsSatisfyKktConditions() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 50; trial++) {
            int m = 5 + rnd.nextInt(30);
            int n = 1 + rnd.nextInt(20);
            double[][] a = new double[m][n];
            double[] b = new double[m];
            for (int i = 0; i < m; i++) {
                b[i] = rnd.nextGaussian();
                for (int j = 0; j < n; j++) {
                    a[i][j] = rnd.nextGaussian();
                }
            }
            double[] x = Nnls.solve(a, b);
            double[] r = b.clone();
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    r[i] -= a[i][j] * x[j];
                }
            }
            for (int j = 0; j < n; j++) {
                double w = 0;
                for (int i = 0; i < m; i++) {
                    w += a[i][j] * r[i];
                }
                assertThat(x[j]).isGreaterThanOrEqualTo(0.0);
                // gradient Aᵀr: zero on the free set, ≤ 0 on the active set (absolute, b and A of order 1)
                if (x[j] > 0) {
                    assertThat(w).as("trial %d free %d", trial, j).isCloseTo(0.0, within(1e-9));
                } else {
                    assertThat(w).as("trial %d active %d", trial, j).isLessThanOrEqualTo(1e-9);
                }
            }
        }
    }

    @Test
    void normalEquationFormAgreesWithQrFormAndWarmStart() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 20; trial++) {
            int m = 30;
            int n = 8;
            double[][] a = new double[m][n];
            double[] b = new double[m];
            for (int i = 0; i < m; i++) {
                b[i] = rnd.nextGaussian();
                for (int j = 0; j < n; j++) {
                    a[i][j] = rnd.nextGaussian();
                }
            }
            double[][] ata = new double[n][n];
            double[] atb = new double[n];
            for (int i = 0; i < m; i++) {
                for (int p = 0; p < n; p++) {
                    atb[p] += a[i][p] * b[i];
                    for (int q = 0; q < n; q++) {
                        ata[p][q] += a[i][p] * a[i][q];
                    }
                }
            }
            double[] qr = Nnls.solve(a, b);
            double[] ne = Nnls.solveNormal(ata, atb);
            double[] warm = Nnls.solveNormal(ata, atb, new double[] {1, 0, 1, 0, 1, 0, 1, 0});
            for (int j = 0; j < n; j++) {
                assertThat(ne[j]).isCloseTo(qr[j], within(1e-9)); // well-conditioned, absolute
                assertThat(warm[j]).isCloseTo(qr[j], within(1e-9));
            }
        }
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> Nnls.solve(new double[][] {{1, 2}}, new double[] {1, 2}))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Nnls.solve(new double[][] {{Double.NaN}}, new double[] {1}))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Nnls.solve(new double[][] {{1, 2}, {1}}, new double[] {1, 2}))
                .isInstanceOf(InvalidInputException.class);
    }
}
