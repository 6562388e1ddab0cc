package org.elyte.sim.solver;

/**
 * A square matrix that is filled entry by entry, factorised in place and then solves systems.
 * Implementations preallocate their storage and allocate nothing in {@link #factor()} and
 * {@link #solve(double[])}.
 */
public sealed interface LinearSolver permits BandedLu, DenseLu, CondensedLu, BorderedLu {

    /** @return the dimension */
    int size();

    /** Sets every stored entry to zero (also discards a factorisation). */
    void clear();

    /**
     * Adds to an entry. Entries outside the matrix's structure must be zero; adding a non-zero
     * value there is an error.
     *
     * @param row row index
     * @param col column index
     * @param value value to add
     * @throws IllegalArgumentException if (row, col) is outside the structure
     */
    void add(int row, int col, double value);

    /**
     * @param row row index
     * @param col column index
     * @return whether (row, col) is inside the stored structure
     */
    boolean inStructure(int row, int col);

    /**
     * LU factorisation with partial pivoting, in place.
     *
     * @return −1 on success, else the first column whose pivot was zero (singular matrix)
     */
    int factor();

    /** @param b right-hand side, overwritten with the solution of A·x = b */
    void solve(double[] b);
}
