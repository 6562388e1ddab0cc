package org.elyte.sim.solver;

/** Sparsity structure of a system's Jacobian ∂f/∂y, which decides the linear solver. */
public sealed interface JacobianPattern {

    /**
     * Entries only where row − col ≤ lower and col − row ≤ upper.
     *
     * @param lower number of sub-diagonals (≥ 0)
     * @param upper number of super-diagonals (≥ 0)
     */
    record Banded(int lower, int upper) implements JacobianPattern {
        /** Validates the bandwidths. */
        public Banded {
            if (lower < 0 || upper < 0) {
                throw new IllegalArgumentException("bandwidths must be >= 0, got " + lower + ", " + upper);
            }
        }
    }

    /** Any entry may be non-zero. */
    record Dense() implements JacobianPattern {
    }

    /**
     * @param lower sub-diagonals
     * @param upper super-diagonals
     * @return a banded pattern
     */
    static JacobianPattern banded(int lower, int upper) {
        return new Banded(lower, upper);
    }

    /** @return the dense pattern */
    static JacobianPattern dense() {
        return new Dense();
    }
}
