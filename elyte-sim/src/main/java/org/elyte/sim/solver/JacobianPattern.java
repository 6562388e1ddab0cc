package org.elyte.sim.solver;

import java.util.Objects;
import java.util.Optional;

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
     * A bordered matrix {@code [[A, b], [cᵀ, d]]}: the leading (n−1)×(n−1) block A has the inner
     * pattern (and optionally an exact inner structure), the last row and the last column may be
     * full. The integrator factorises A with the solver the inner structure selects and eliminates
     * the border by block elimination ({@link BorderedLu}), O(cost of A) instead of O(n³). A system
     * with this pattern declares no {@link DaeSystem#sparsity()} of its own; without an analytic
     * Jacobian its finite differences take one right-hand side per unknown (the full last row
     * defeats column colouring).
     *
     * @param inner pattern of the leading block (not itself bordered)
     * @param innerStructure exact structure of the leading block, or empty
     */
    record Bordered(JacobianPattern inner, Optional<Sparsity> innerStructure) implements JacobianPattern {
        /** Validates the inner pattern. */
        public Bordered {
            Objects.requireNonNull(inner, "inner");
            Objects.requireNonNull(innerStructure, "innerStructure");
            if (inner instanceof Bordered) {
                throw new IllegalArgumentException("the inner pattern of a bordered pattern cannot be bordered");
            }
        }
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
