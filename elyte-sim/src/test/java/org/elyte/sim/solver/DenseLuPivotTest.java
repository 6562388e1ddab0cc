package org.elyte.sim.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Regression: solve() must agree with factor()'s row-swap convention when later pivots move rows. */
class DenseLuPivotTest {
    @Test
    void solvesRandomSystemsThatNeedManyRowSwaps() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            int n = 2 + rnd.nextInt(30);
            double[][] a = new double[n][n];
            DenseLu lu = new DenseLu(n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] = rnd.nextGaussian() * Math.pow(10, rnd.nextInt(5) - 2);
                    lu.add(i, j, a[i][j]);
                }
            }
            double[] x = new double[n];
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = rnd.nextGaussian();
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    b[i] += a[i][j] * x[j];
                }
            }
            assertThat(lu.factor()).isEqualTo(-1);
            lu.solve(b);
            for (int i = 0; i < n; i++) {
                assertThat(b[i]).isCloseTo(x[i], within(1e-6 * (1 + Math.abs(x[i])))); // relative 1e-6
            }
        }
    }
}
