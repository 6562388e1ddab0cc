package org.elyte.sim.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.elyte.sim.solver.DaeSolution.Status;
import org.junit.jupiter.api.Test;

class BdfIntegratorTest {

    /** A DAE from lambdas, for tests. */
    private record Sys(int size, double[] mass, JacobianPattern pattern, Rhs f) implements DaeSystem {
        interface Rhs {
            void eval(double t, double[] y, double[] out);
        }

        @Override
        public void massDiagonal(double[] out) {
            System.arraycopy(mass, 0, out, 0, size);
        }

        @Override
        public void rhs(double t, double[] y, double[] out) {
            f.eval(t, y, out);
        }
    }

    private static double[] ones(int n) {
        double[] m = new double[n];
        Arrays.fill(m, 1.0);
        return m;
    }

    @Test
    void stiffLinearSystemMatchesItsExactSolution() {
        // u' = 998u + 1998v, v' = -999u - 1999v: u = 2e^-t - e^-1000t, v = -e^-t + e^-1000t
        Sys s = new Sys(2, ones(2), JacobianPattern.dense(), (t, y, o) -> {
            o[0] = 998 * y[0] + 1998 * y[1];
            o[1] = -999 * y[0] - 1999 * y[1];
        });
        DaeSolution sol = new BdfIntegrator(BdfOptions.defaults().withTolerances(1e-7, 1e-10))
                .integrate(s, 0, new double[] {1, 0}, 10, List.of());
        assertThat(sol.status()).isEqualTo(Status.COMPLETED);
        double maxErr = 0;
        for (int k = 0; k < sol.size(); k++) {
            double t = sol.times()[k];
            double u = 2 * Math.exp(-t) - Math.exp(-1000 * t);
            double v = -Math.exp(-t) + Math.exp(-1000 * t);
            maxErr = Math.max(maxErr, Math.max(Math.abs(sol.states()[k][0] - u), Math.abs(sol.states()[k][1] - v)));
        }
        assertThat(maxErr).isLessThan(2e-5); // absolute, dimensionless, over all steps
        assertThat(sol.stats().steps()).isLessThan(400); // stiff solver: no explicit-stability step limit
    }

    private static final double[] ROBERTSON_40 = {0.7158270687, 9.185534764e-6, 0.2841637457};

    @Test
    void robertsonKineticsMatchesTheReferenceAt40s() {
        Sys s = new Sys(3, ones(3), JacobianPattern.dense(), (t, y, o) -> {
            o[0] = -0.04 * y[0] + 1e4 * y[1] * y[2];
            o[1] = 0.04 * y[0] - 1e4 * y[1] * y[2] - 3e7 * y[1] * y[1];
            o[2] = 3e7 * y[1] * y[1];
        });
        DaeSolution sol = new BdfIntegrator(BdfOptions.defaults().withTolerances(1e-8, 1e-12))
                .integrate(s, 0, new double[] {1, 0, 0}, 40, List.of());
        assertThat(sol.status()).isEqualTo(Status.COMPLETED);
        double[] y = sol.lastState();
        assertThat(y[0]).isCloseTo(ROBERTSON_40[0], within(1e-6)); // mole fraction
        assertThat(y[1]).isCloseTo(ROBERTSON_40[1], within(1e-10)); // mole fraction
        assertThat(y[2]).isCloseTo(ROBERTSON_40[2], within(1e-6)); // mole fraction
    }

    @Test
    void robertsonAsIndexOneDaeInitialisesConsistentlyAndMatches() {
        // y3 algebraic: 0 = y1 + y2 + y3 - 1; start with a wrong guess y3 = 0.5
        Sys s = new Sys(3, new double[] {1, 1, 0}, JacobianPattern.dense(), (t, y, o) -> {
            o[0] = -0.04 * y[0] + 1e4 * y[1] * y[2];
            o[1] = 0.04 * y[0] - 1e4 * y[1] * y[2] - 3e7 * y[1] * y[1];
            o[2] = y[0] + y[1] + y[2] - 1;
        });
        DaeSolution sol = new BdfIntegrator(BdfOptions.defaults().withTolerances(1e-8, 1e-12))
                .integrate(s, 0, new double[] {1, 0, 0.5}, 40, List.of());
        assertThat(sol.status()).isEqualTo(Status.COMPLETED);
        assertThat(sol.states()[0][2]).isCloseTo(0.0, within(1e-12)); // consistent y3(0)
        double[] y = sol.lastState();
        assertThat(y[0]).isCloseTo(ROBERTSON_40[0], within(1e-6)); // mole fraction
        assertThat(y[2]).isCloseTo(ROBERTSON_40[2], within(1e-6)); // mole fraction
        for (double[] row : sol.states()) {
            assertThat(row[0] + row[1] + row[2]).isCloseTo(1.0, within(1e-9)); // constraint held every step
        }
    }

    @Test
    void eventsAreLocatedWithTheirDirection() {
        // y' = cos t, y = sin t; y = 0.5 rising at pi/6, falling at 5pi/6
        Sys s = new Sys(1, ones(1), JacobianPattern.dense(), (t, y, o) -> o[0] = Math.cos(t));
        BdfIntegrator bdf = new BdfIntegrator(BdfOptions.defaults().withTolerances(1e-9, 1e-12));
        DaeSolution falling = bdf.integrate(s, 0, new double[] {0}, 10,
                List.of(new Event("down", Event.Direction.FALLING, (t, y) -> y[0] - 0.5)));
        assertThat(falling.status()).isEqualTo(Status.EVENT);
        assertThat(falling.event()).contains("down");
        assertThat(falling.lastTime()).isCloseTo(5 * Math.PI / 6, within(1e-6)); // s
        DaeSolution rising = bdf.integrate(s, 0, new double[] {0}, 10,
                List.of(new Event("up", Event.Direction.RISING, (t, y) -> y[0] - 0.5)));
        assertThat(rising.lastTime()).isCloseTo(Math.PI / 6, within(1e-6)); // s
        assertThat(rising.lastState()[0]).isCloseTo(0.5, within(1e-7)); // event value on the interpolant
    }

    @Test
    void bandedFiniteDifferenceJacobianSolvesTheHeatEquation() {
        // u_t = u_xx on (0, pi), u = 0 at both ends (finite differences), u0 = sin x: u = e^-t sin x
        int n = 200;
        double dx = Math.PI / (n + 1);
        Sys s = new Sys(n, ones(n), JacobianPattern.banded(1, 1), (t, u, o) -> {
            for (int i = 0; i < n; i++) {
                double l = i > 0 ? u[i - 1] : 0;
                double r = i < n - 1 ? u[i + 1] : 0;
                o[i] = (l - 2 * u[i] + r) / (dx * dx);
            }
        });
        double[] u0 = new double[n];
        for (int i = 0; i < n; i++) {
            u0[i] = Math.sin((i + 1) * dx);
        }
        DaeSolution sol = new BdfIntegrator(BdfOptions.defaults().withTolerances(1e-7, 1e-10))
                .integrate(s, 0, u0, 2, List.of());
        assertThat(sol.status()).isEqualTo(Status.COMPLETED);
        double[] u = sol.lastState();
        double lambda = 4 / (dx * dx) * Math.pow(Math.sin(dx / 2), 2); // discrete eigenvalue
        assertThat(u[n / 2]).isCloseTo(Math.exp(-lambda * 2) * u0[n / 2], within(1e-6)); // dimensionless
        assertThat(sol.stats().rhsEvaluations()).isLessThan(40 * sol.stats().steps() + 100); // 3 colours, not n
    }

    @Test
    void aBlowUpFailsWithAReasonAndTheSolutionSoFar() {
        // y' = y^2, y(0) = 1: y = 1/(1 - t) blows up at t = 1
        Sys s = new Sys(1, ones(1), JacobianPattern.dense(), (t, y, o) -> o[0] = y[0] * y[0]);
        DaeSolution sol = new BdfIntegrator(BdfOptions.defaults().withTolerances(1e-6, 1e-9))
                .integrate(s, 0, new double[] {1}, 2, List.of());
        assertThat(sol.succeeded()).isFalse();
        assertThat(sol.status()).isIn(Status.STEP_TOO_SMALL, Status.TOO_MANY_STEPS);
        assertThat(sol.message()).isNotBlank();
        assertThat(sol.lastTime()).isBetween(0.9, 1.0); // s: the accepted part is returned
    }

    @Test
    void aSingularAlgebraicBlockFailsInitialisation() {
        Sys s = new Sys(2, new double[] {1, 0}, JacobianPattern.dense(), (t, y, o) -> {
            o[0] = -y[0];
            o[1] = y[0] - 1; // does not depend on y[1]
        });
        DaeSolution sol = BdfIntegrator.withDefaults().integrate(s, 0, new double[] {0, 0}, 1, List.of());
        assertThat(sol.status()).isEqualTo(Status.INITIALISATION_FAILED);
        assertThat(sol.message()).contains("singular");
    }
}
