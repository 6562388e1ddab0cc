package org.elyte.core.numerics;

import java.util.Objects;

import org.elyte.core.error.ConvergenceException;
import org.elyte.core.error.InvalidInputException;

/**
 * Least-squares fit of one peak ({@link PeakShape}) on a two-parameter {@link Background} by
 * {@link LevenbergMarquardt}, with a central-difference Jacobian. The width is fitted as ln w and
 * the pseudo-Voigt fraction as a logistic variable, so both stay in range. Start values come from
 * the data: the largest point above a straight line through the range ends, its half-height width.
 */
public final class PeakFit {
    private PeakFit() {
    }

    /**
     * @param x abscissae of the range to fit, increasing (at least 8 points)
     * @param y ordinates
     * @param shape line shape
     * @param background background model ({@link Background#POWER_LAW} needs x &gt; 0 and y &gt; 0 at the ends)
     * @return the fit
     * @throws InvalidInputException on too few or non-finite points
     * @throws ConvergenceException when the fit fails to converge or gives a non-finite centre
     */
    public static PeakFitResult fit(double[] x, double[] y, PeakShape shape, Background background) {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(background, "background");
        if (x.length != y.length || x.length < 8) {
            throw new InvalidInputException("peak fit: need at least 8 points with x and y of equal length, got "
                    + x.length + " and " + y.length);
        }
        // work in x/sx and y/sy (both of order one) so that the covariance is well conditioned
        double sx = Math.max(Math.abs(x[0]), Math.abs(x[x.length - 1]));
        double sy = 0;
        for (double v : y) {
            sy = Math.max(sy, Math.abs(v));
        }
        if (!(sx > 0) || !(sy > 0) || !Double.isFinite(sx) || !Double.isFinite(sy)) {
            throw new InvalidInputException("peak fit: abscissae or ordinates are all zero or not finite");
        }
        double[] xs = new double[x.length];
        double[] ys = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            xs[i] = x[i] / sx;
            ys[i] = y[i] / sy;
        }
        PeakFitResult r = fitScaled(xs, ys, shape, background);
        double b0 = r.b0() * sy;
        double b1 = background == Background.LINEAR ? r.b1() * sy / sx : r.b1();
        return new PeakFitResult(shape, background, r.amplitude() * sy, r.amplitudeSigma() * sy, r.centre() * sx,
                r.centreSigma() * sx, r.fwhm() * sx, r.fwhmSigma() * sx, r.eta(), b0, b1, r.xRef() * sx,
                r.rmsResidual() * sy, r.points(), r.converged());
    }

    private static PeakFitResult fitScaled(double[] x, double[] y, PeakShape shape, Background background) {
        Objects.requireNonNull(background, "background");
        int m = x.length;
        if (m != y.length || m < 8) {
            throw new InvalidInputException("peak fit: need at least 8 points with x and y of equal length, got "
                    + m + " and " + y.length);
        }
        for (int i = 0; i < m; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new InvalidInputException("peak fit: point " + (i + 1) + " is not finite");
            }
        }
        double xRef = 0.5 * (x[0] + x[m - 1]);
        if (background == Background.POWER_LAW && (x[0] <= 0 || y[0] <= 0 || y[m - 1] <= 0)) {
            throw new InvalidInputException("peak fit: a power-law background needs positive x and intensities at the range ends");
        }
        double[] start = startValues(x, y, shape, background, xRef);
        boolean pv = shape == PeakShape.PSEUDO_VOIGT;
        int nb = background == Background.NONE ? 0 : 2;
        int n = 3 + (pv ? 1 : 0) + nb;
        LeastSquaresProblem problem = new LeastSquaresProblem() {
            @Override
            public int parameterCount() {
                return n;
            }

            @Override
            public int residualCount() {
                return m;
            }

            @Override
            public void evaluate(double[] p, double[] r, double[][] jac) {
                residuals(p, r);
                if (jac != null) {
                    double[] q = p.clone();
                    double[] rp = new double[m];
                    double[] rm = new double[m];
                    for (int k = 0; k < n; k++) {
                        double h = 1e-6 * Math.max(1, Math.abs(p[k]));
                        q[k] = p[k] + h;
                        residuals(q, rp);
                        q[k] = p[k] - h;
                        residuals(q, rm);
                        q[k] = p[k];
                        for (int i = 0; i < m; i++) {
                            jac[i][k] = (rp[i] - rm[i]) / (2 * h);
                        }
                    }
                }
            }

            private void residuals(double[] p, double[] r) {
                double w = Math.exp(p[2]);
                double eta = pv ? logistic(p[3]) : etaOf(shape);
                double b0 = nb > 0 ? p[n - 2] : 0;
                double b1 = nb > 0 ? p[n - 1] : 0;
                for (int i = 0; i < m; i++) {
                    r[i] = shape.value(x[i], p[0], p[1], w, eta) + background.value(x[i], xRef, b0, b1) - y[i];
                }
            }
        };
        LmResult res = LevenbergMarquardt.minimize(problem, start, LmOptions.defaults());
        double[] p = res.x();
        if (!res.converged() || !Double.isFinite(p[1]) || p[1] < x[0] || p[1] > x[m - 1]) {
            throw new ConvergenceException("peak fit (" + shape + " on " + background + " background) did not converge"
                    + " to a peak inside " + x[0] + ".." + x[m - 1] + " (stopped: " + res.reason() + ")");
        }
        double s2 = m > n ? res.cost() / (m - n) : Double.NaN;
        double[][] cov = covariance(res.jtj(), pv);
        double w = Math.exp(p[2]);
        return new PeakFitResult(shape, background, p[0], sigma(cov, 0, s2), p[1], sigma(cov, 1, s2), w,
                w * sigma(cov, 2, s2), pv ? logistic(p[3]) : etaOf(shape), nb > 0 ? p[n - 2] : 0,
                nb > 0 ? p[n - 1] : 0, xRef, Math.sqrt(res.cost() / m), m, true);
    }

    /**
     * (JᵀJ)⁻¹; for a pseudo-Voigt the mixing variable is held fixed (conditional errors), since it
     * saturates at pure Gaussian or Lorentzian shapes and would leave the matrix singular.
     */
    private static double[][] covariance(double[][] jtj, boolean pv) {
        if (!pv) {
            return SymmetricMatrices.inverse(jtj, 1e-14);
        }
        int n = jtj.length;
        double[][] sub = new double[n - 1][n - 1];
        for (int i = 0, a = 0; i < n; i++) {
            if (i == 3) {
                continue;
            }
            for (int j = 0, b = 0; j < n; j++) {
                if (j != 3) {
                    sub[a][b++] = jtj[i][j];
                }
            }
            a++;
        }
        double[][] inv = SymmetricMatrices.inverse(sub, 1e-14);
        double[][] full = new double[n][n];
        for (int i = 0, a = 0; i < n; i++) {
            if (i == 3) {
                full[3][3] = Double.NaN;
                continue;
            }
            for (int j = 0, b = 0; j < n; j++) {
                if (j != 3) {
                    full[i][j] = inv[a][b++];
                }
            }
            a++;
        }
        return full;
    }

    private static double sigma(double[][] cov, int k, double s2) {
        double v = cov[k][k] * s2;
        return v >= 0 && Double.isFinite(v) ? Math.sqrt(v) : Double.NaN;
    }

    private static double etaOf(PeakShape s) {
        return s == PeakShape.LORENTZIAN ? 1 : 0;
    }

    private static double logistic(double u) {
        return 1 / (1 + Math.exp(-u));
    }

    private static double[] startValues(double[] x, double[] y, PeakShape shape, Background bg, double xRef) {
        int m = x.length;
        double slope = (y[m - 1] - y[0]) / (x[m - 1] - x[0]);
        double expo = bg == Background.POWER_LAW ? -Math.log(y[m - 1] / y[0]) / Math.log(x[m - 1] / x[0]) : 0;
        int top = 0;
        double best = Double.NEGATIVE_INFINITY;
        double[] above = new double[m];
        for (int i = 0; i < m; i++) {
            double base = switch (bg) {
                case NONE -> 0;
                case LINEAR -> y[0] + slope * (x[i] - x[0]);
                case POWER_LAW -> y[0] * Math.pow(x[i] / x[0], -expo);
            };
            above[i] = y[i] - base;
            if (above[i] > best) {
                best = above[i];
                top = i;
            }
        }
        int l = top;
        while (l > 0 && above[l] > best / 2) {
            l--;
        }
        int r = top;
        while (r < m - 1 && above[r] > best / 2) {
            r++;
        }
        double w = Math.max(x[r] - x[l], 2 * (x[m - 1] - x[0]) / m);
        boolean pv = shape == PeakShape.PSEUDO_VOIGT;
        int nb = bg == Background.NONE ? 0 : 2;
        double[] s = new double[3 + (pv ? 1 : 0) + nb];
        s[0] = best;
        s[1] = x[top];
        s[2] = Math.log(w);
        if (pv) {
            s[3] = 0;
        }
        if (bg == Background.LINEAR) {
            s[s.length - 2] = y[0] + slope * (xRef - x[0]);
            s[s.length - 1] = slope;
        } else if (bg == Background.POWER_LAW) {
            s[s.length - 2] = y[0] * Math.pow(x[0] / xRef, expo);
            s[s.length - 1] = expo;
        }
        return s;
    }
}
