package org.elyte.core.numerics;

/**
 * Outcome of a {@link LevenbergMarquardt} run.
 *
 * @param x solution (best point found)
 * @param cost Σ r_i² at the solution
 * @param jtj JᵀJ at the solution (the Gauss–Newton approximation of half the Hessian)
 * @param iterations accepted and rejected steps tried
 * @param evaluations residual evaluations (Jacobian evaluations included)
 * @param reason why the solver stopped
 */
public record LmResult(double[] x, double cost, double[][] jtj, int iterations, int evaluations, Reason reason) {

    /** Why the solver stopped. */
    public enum Reason {
        /** relative cost reduction below tolerance */
        COST,
        /** step below tolerance */
        STEP,
        /** gradient below tolerance */
        GRADIENT,
        /** evaluation budget used up */
        MAX_EVALUATIONS,
        /** residuals or Jacobian not finite at the start point */
        NOT_FINITE;

        /** @return true if this reason means convergence */
        public boolean converged() {
            return this == COST || this == STEP || this == GRADIENT;
        }
    }

    /** Defensive copies. */
    public LmResult {
        x = x.clone();
        jtj = copy(jtj);
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[][] jtj() {
        return copy(jtj);
    }

    /** @return true if a convergence criterion was met */
    public boolean converged() {
        return reason.converged();
    }

    static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
