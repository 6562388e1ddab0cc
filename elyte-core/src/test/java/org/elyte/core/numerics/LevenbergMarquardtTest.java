package org.elyte.core.numerics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

class LevenbergMarquardtTest {

    /** Rosenbrock as least squares: r = (10(y − x²), 1 − x). */
    private static final LeastSquaresProblem ROSENBROCK = new LeastSquaresProblem() {
        @Override
        public int parameterCount() {
            return 2;
        }

        @Override
        public int residualCount() {
            return 2;
        }

        @Override
        public void evaluate(double[] x, double[] r, double[][] j) {
            r[0] = 10 * (x[1] - x[0] * x[0]);
            r[1] = 1 - x[0];
            if (j != null) {
                j[0][0] = -20 * x[0];
                j[0][1] = 10;
                j[1][0] = -1;
                j[1][1] = 0;
            }
        }
    };

    @Test
    void rosenbrockFromClassicStart() {
        LmResult res = LevenbergMarquardt.minimize(ROSENBROCK, new double[] {-1.2, 1}, LmOptions.defaults());
        assertThat(res.converged()).isTrue();
        assertThat(res.x()[0]).isCloseTo(1.0, within(1e-8)); // dimensionless
        assertThat(res.x()[1]).isCloseTo(1.0, within(1e-8)); // dimensionless
        assertThat(res.cost()).isLessThan(1e-20);
        assertThat(res.evaluations()).isLessThan(200);
    }

    @Test
    void exponentialDecayRecoversTruth() {
        double a0 = 3.7;
        double k0 = 0.42;
        int m = 40;
        double[] t = new double[m];
        double[] y = new double[m];
        Random rnd = new Random(7);
        for (int i = 0; i < m; i++) {
            t[i] = 0.25 * i;
            y[i] = a0 * Math.exp(-k0 * t[i]) + 1e-4 * rnd.nextGaussian();
        }
        LeastSquaresProblem p = new LeastSquaresProblem() {
            @Override
            public int parameterCount() {
                return 2;
            }

            @Override
            public int residualCount() {
                return m;
            }

            @Override
            public void evaluate(double[] x, double[] r, double[][] j) {
                for (int i = 0; i < m; i++) {
                    double e = Math.exp(-x[1] * t[i]);
                    r[i] = x[0] * e - y[i];
                    if (j != null) {
                        j[i][0] = e;
                        j[i][1] = -x[0] * t[i] * e;
                    }
                }
            }
        };
        LmResult res = LevenbergMarquardt.minimize(p, new double[] {1, 2}, LmOptions.defaults());
        assertThat(res.converged()).isTrue();
        assertThat(res.x()[0]).isCloseTo(a0, within(1e-3)); // amplitude, arbitrary unit
        assertThat(res.x()[1]).isCloseTo(k0, within(1e-3)); // rate, 1/s
        double[][] cov = SymmetricMatrices.inverse(res.jtj(), 1e-14);
        double s2 = res.cost() / (m - 2);
        // noise 1e-4: the 1σ of the amplitude is of order 1e-4
        assertThat(Math.sqrt(s2 * cov[0][0])).isBetween(1e-5, 1e-3);
    }

    @Test
    void maxEvaluationsIsReported() {
        LmResult res = LevenbergMarquardt.minimize(ROSENBROCK, new double[] {-1.2, 1},
                LmOptions.defaults().withMaxEvaluations(3));
        assertThat(res.reason()).isEqualTo(LmResult.Reason.MAX_EVALUATIONS);
        assertThat(res.evaluations()).isEqualTo(3);
        assertThat(res.converged()).isFalse();
    }

    @Test
    void nonFiniteStartIsReported() {
        LeastSquaresProblem p = new LeastSquaresProblem() {
            @Override
            public int parameterCount() {
                return 1;
            }

            @Override
            public int residualCount() {
                return 1;
            }

            @Override
            public void evaluate(double[] x, double[] r, double[][] j) {
                r[0] = Math.log(x[0]);
                if (j != null) {
                    j[0][0] = 1 / x[0];
                }
            }
        };
        assertThat(LevenbergMarquardt.minimize(p, new double[] {-1}, LmOptions.defaults()).reason())
                .isEqualTo(LmResult.Reason.NOT_FINITE);
    }

    @Test
    void pseudoInverseFlagsSingularDirection() {
        double[][] a = {{1, 1}, {1, 1}};
        double[][] inv = SymmetricMatrices.inverse(a, 1e-12);
        assertThat(inv[0][0]).isInfinite();
        double[][] b = {{4, 1}, {1, 3}};
        double[][] ib = SymmetricMatrices.inverse(b, 1e-12);
        assertThat(ib[0][0]).isCloseTo(3.0 / 11, within(1e-12)); // exact inverse entry
        assertThat(ib[0][1]).isCloseTo(-1.0 / 11, within(1e-12)); // exact inverse entry
    }
}
