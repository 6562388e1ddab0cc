package org.elyte.core.numerics;

import java.util.Objects;

/**
 * Levenberg–Marquardt minimisation of Σ r_i(x)² for small dense problems with analytic Jacobians
 * (Levenberg 1944; Marquardt, J. SIAM 11 (1963) 431). The damped normal equations
 * (JᵀJ + μ D) h = −Jᵀr use Marquardt's scaling D = diag(JᵀJ) (kept at its running maximum, as
 * in Moré's MINPACK) and Nielsen's damping update (Nielsen, IMM-REP-1999-05): after an accepted
 * step with gain ratio ρ, μ ← μ·max(1/3, 1 − (2ρ − 1)³); after a rejected one μ ← μ·ν, ν ← 2ν.
 * The system is solved by Cholesky; a failed factorisation counts as a rejected step (more
 * damping). Stateless and thread-safe; each call allocates its own work arrays once.
 */
public final class LevenbergMarquardt {
    private static final double MAX_DAMPING = 1e30;

    private LevenbergMarquardt() {
    }

    /**
     * @param problem the problem
     * @param start start point (not modified)
     * @param options settings
     * @return the best point found and why the solver stopped
     */
    public static LmResult minimize(LeastSquaresProblem problem, double[] start, LmOptions options) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(options, "options");
        int n = problem.parameterCount();
        int m = problem.residualCount();
        if (start.length != n || n < 1 || m < 1) {
            throw new IllegalArgumentException("start has " + start.length + " values for " + n + " unknowns, "
                    + m + " residuals");
        }
        double[] x = start.clone();
        double[] r = new double[m];
        double[][] jac = new double[m][n];
        double[] rTrial = new double[m];
        double[][] jTrial = new double[m][n];
        double[][] a = new double[n][n];
        double[][] damped = new double[n][n];
        double[][] chol = new double[n][n];
        double[] g = new double[n];
        double[] minusG = new double[n];
        double[] d = new double[n];
        double[] h = new double[n];
        double[] xTrial = new double[n];

        problem.evaluate(x, r, jac);
        int evaluations = 1;
        double cost = sumSquares(r);
        if (!Double.isFinite(cost) || !finite(jac)) {
            return new LmResult(x, cost, new double[n][n], 0, evaluations, LmResult.Reason.NOT_FINITE);
        }
        double mu = options.initialDamping();
        double nu = 2;
        int iterations = 0;
        LmResult.Reason reason = LmResult.Reason.MAX_EVALUATIONS;
        normalEquations(jac, r, a, g);
        outer:
        while (true) {
            double maxDiag = 0;
            for (int k = 0; k < n; k++) {
                d[k] = Math.max(d[k], a[k][k]);
                maxDiag = Math.max(maxDiag, d[k]);
            }
            double floor = Math.max(maxDiag * 1e-15, Double.MIN_NORMAL);
            double gradMax = 0;
            for (int k = 0; k < n; k++) {
                d[k] = Math.max(d[k], floor);
                gradMax = Math.max(gradMax, Math.abs(g[k]) / Math.sqrt(d[k]));
                minusG[k] = -g[k];
            }
            if (cost == 0 || gradMax <= options.gradientTolerance() * Math.sqrt(cost)) {
                reason = LmResult.Reason.GRADIENT;
                break;
            }
            while (true) {
                if (evaluations >= options.maxEvaluations()) {
                    reason = LmResult.Reason.MAX_EVALUATIONS;
                    break outer;
                }
                if (mu > MAX_DAMPING) {
                    reason = LmResult.Reason.STEP;
                    break outer;
                }
                iterations++;
                for (int i = 0; i < n; i++) {
                    System.arraycopy(a[i], 0, damped[i], 0, n);
                    damped[i][i] += mu * d[i];
                }
                if (!SymmetricMatrices.choleskySolve(damped, minusG, chol, h) || !finite(h)) {
                    mu *= nu;
                    nu *= 2;
                    continue;
                }
                double hNorm = 0;
                double xNorm = 0;
                double predicted = 0;
                for (int k = 0; k < n; k++) {
                    xTrial[k] = x[k] + h[k];
                    hNorm += h[k] * h[k];
                    xNorm += x[k] * x[k];
                    predicted += h[k] * (mu * d[k] * h[k] - g[k]);
                }
                hNorm = Math.sqrt(hNorm);
                xNorm = Math.sqrt(xNorm);
                if (hNorm <= options.stepTolerance() * (xNorm + options.stepTolerance())) {
                    reason = LmResult.Reason.STEP;
                    break outer;
                }
                problem.evaluate(xTrial, rTrial, jTrial);
                evaluations++;
                double trialCost = sumSquares(rTrial);
                double rho = (cost - trialCost) / predicted;
                if (Double.isFinite(trialCost) && rho > 0 && finite(jTrial)) {
                    double actualRel = (cost - trialCost) / cost;
                    double predictedRel = predicted / cost;
                    System.arraycopy(xTrial, 0, x, 0, n);
                    double[] tr = r;
                    r = rTrial;
                    rTrial = tr;
                    double[][] tj = jac;
                    jac = jTrial;
                    jTrial = tj;
                    cost = trialCost;
                    normalEquations(jac, r, a, g);
                    double f = 2 * rho - 1;
                    mu *= Math.max(1.0 / 3, 1 - f * f * f);
                    nu = 2;
                    if (actualRel <= options.costTolerance() && predictedRel <= options.costTolerance()) {
                        reason = LmResult.Reason.COST;
                        break outer;
                    }
                    continue outer;
                }
                mu *= nu;
                nu *= 2;
            }
        }
        return new LmResult(x, cost, a, iterations, evaluations, reason);
    }

    private static void normalEquations(double[][] jac, double[] r, double[][] a, double[] g) {
        int n = g.length;
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(a[i], 0.0);
        }
        java.util.Arrays.fill(g, 0.0);
        for (int row = 0; row < r.length; row++) {
            double[] ji = jac[row];
            double ri = r[row];
            for (int i = 0; i < n; i++) {
                double v = ji[i];
                if (v == 0) {
                    continue;
                }
                g[i] += v * ri;
                double[] ai = a[i];
                for (int j = 0; j <= i; j++) {
                    ai[j] += v * ji[j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                a[j][i] = a[i][j];
            }
        }
    }

    private static double sumSquares(double[] r) {
        double s = 0;
        for (double v : r) {
            s += v * v;
        }
        return s;
    }

    private static boolean finite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    private static boolean finite(double[][] v) {
        for (double[] row : v) {
            if (!finite(row)) {
                return false;
            }
        }
        return true;
    }
}
