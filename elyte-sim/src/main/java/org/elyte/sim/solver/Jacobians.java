package org.elyte.sim.solver;

import java.util.Objects;

import org.elyte.core.error.InvalidInputException;

/**
 * The Jacobian ∂f/∂y of a {@link DaeSystem} at one state, as the integrator sees it (analytic when
 * the system offers one, else forward differences with column colouring inside its pattern), for
 * linearisations such as virtual impedance.
 */
public final class Jacobians {
    private Jacobians() {
    }

    /**
     * @param system the DAE
     * @param t time, s
     * @param y state (not modified)
     * @param sink receives every entry of the pattern that is non-zero, once
     * @throws InvalidInputException if y has the wrong length or f(t, y) is not finite
     */
    public static void evaluate(DaeSystem system, double t, double[] y, DaeSystem.JacobianSink sink) {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(sink, "sink");
        int n = system.size();
        if (y.length != n) {
            throw new InvalidInputException("state has " + y.length + " entries, the system has " + n);
        }
        double[] f0 = new double[n];
        system.rhs(t, y, f0);
        for (double v : f0) {
            if (!Double.isFinite(v)) {
                throw new InvalidInputException("the right-hand side is not finite at the linearisation point");
            }
        }
        JacobianMatrix jm = new JacobianMatrix(n, system.pattern(), system.sparsity());
        jm.evaluate(system, t, y, f0, 1e-6, 1e-9);
        JacobianPattern p = system.pattern();
        int kl = n - 1;
        int ku = n - 1;
        if (p instanceof JacobianPattern.Banded b) {
            kl = Math.min(b.lower(), n - 1);
            ku = Math.min(b.upper(), n - 1);
        }
        for (int col = 0; col < n; col++) {
            for (int row = Math.max(0, col - ku); row <= Math.min(n - 1, col + kl); row++) {
                double v = jm.get(row, col);
                if (v != 0.0) {
                    sink.add(row, col, v);
                }
            }
        }
    }
}
