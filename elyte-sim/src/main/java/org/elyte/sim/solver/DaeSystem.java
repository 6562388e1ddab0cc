package org.elyte.sim.solver;

import java.util.Optional;

/**
 * A semi-explicit DAE {@code M·y' = f(t, y)} with diagonal mass matrix M: rows with M_ii = 0 are
 * algebraic equations {@code 0 = f_i(t, y)} (index 1: ∂f_alg/∂y_alg must be non-singular).
 * Implementations must not allocate in {@link #rhs} if speed matters; they are called from one
 * thread at a time.
 */
public interface DaeSystem {

    /** @return number of unknowns */
    int size();

    /** @param out diagonal of the mass matrix, length {@link #size()}: 1 (or a positive capacity) or 0 */
    void massDiagonal(double[] out);

    /**
     * @param t time, s
     * @param y state (do not modify)
     * @param f output, the right-hand side f(t, y)
     */
    void rhs(double t, double[] y, double[] f);

    /** @return the Jacobian's sparsity structure */
    JacobianPattern pattern();

    /**
     * Optional exact structure inside {@link #pattern()}: lets the integrator colour the
     * finite-difference Jacobian by it and condense local blocks before the LU. Every entry of
     * ∂f/∂y that can be non-zero must be listed (a missing one is taken as zero).
     *
     * @return the structure, or empty when only the pattern is known
     */
    default Optional<Sparsity> sparsity() {
        return Optional.empty();
    }

    /**
     * Optional analytic Jacobian.
     *
     * @param t time, s
     * @param y state
     * @param sink receives ∂f_i/∂y_j entries (summed when repeated); only inside {@link #pattern()}
     * @return false when no analytic Jacobian is offered (finite differences are used), true when filled
     */
    default boolean jacobian(double t, double[] y, JacobianSink sink) {
        return false;
    }

    /** Receives Jacobian entries. */
    @FunctionalInterface
    interface JacobianSink {
        /**
         * @param row equation index
         * @param col unknown index
         * @param value ∂f_row/∂y_col, added to the entry
         */
        void add(int row, int col, double value);
    }
}
