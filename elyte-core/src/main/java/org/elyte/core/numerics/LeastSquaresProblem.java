package org.elyte.core.numerics;

/**
 * A small dense nonlinear least-squares problem: minimise Σ r_i(x)² over x. The caller fills the
 * residual vector and, when asked, the analytic Jacobian into arrays the solver provides, so that
 * evaluation allocates nothing.
 */
public interface LeastSquaresProblem {

    /** @return number of unknowns (≥ 1) */
    int parameterCount();

    /** @return number of residuals (≥ 1) */
    int residualCount();

    /**
     * Evaluates the residuals and, if {@code jacobian} is not null, the Jacobian.
     *
     * @param x current unknowns, length {@link #parameterCount()}; must not be modified
     * @param residuals filled with r(x), length {@link #residualCount()}
     * @param jacobian null, or filled with ∂r_i/∂x_k as {@code jacobian[i][k]}
     */
    void evaluate(double[] x, double[] residuals, double[][] jacobian);
}
