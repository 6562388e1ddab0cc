package org.elyte.analysis.transport;

/**
 * Weighted straight-line least squares y = a + b·x with the scaled covariance
 * s²·(XᵀWX)⁻¹, s² = Σ w r² / (n − 2). Standard errors are NaN when n = 2.
 *
 * @param a intercept
 * @param b slope
 * @param seA standard error of a
 * @param seB standard error of b
 * @param covAB covariance of a and b
 * @param wssr weighted sum of squared residuals Σ w (y − a − b x)²
 * @param rSquared 1 − wssr/Σ w (y − ȳ_w)²
 */
record LinearFit(double a, double b, double seA, double seB, double covAB, double wssr, double rSquared) {

    /**
     * @param x abscissae (at least two distinct)
     * @param y ordinates
     * @param w positive weights (all 1 for ordinary least squares)
     * @return the fit
     */
    static LinearFit of(double[] x, double[] y, double[] w) {
        int n = x.length;
        double sw = 0;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            sw += w[i];
            mx += w[i] * x[i];
            my += w[i] * y[i];
        }
        mx /= sw;
        my /= sw;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxx += w[i] * dx * dx;
            sxy += w[i] * dx * dy;
            syy += w[i] * dy * dy;
        }
        double b = sxy / sxx;
        double a = my - b * mx;
        double ssr = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - a - b * x[i];
            ssr += w[i] * r * r;
        }
        double s2 = n > 2 ? ssr / (n - 2) : Double.NaN;
        double varB = s2 / sxx;
        double varA = s2 * (1 / sw + mx * mx / sxx);
        double cov = -s2 * mx / sxx;
        double r2 = syy > 0 ? 1 - ssr / syy : 1;
        return new LinearFit(a, b, Math.sqrt(varA), Math.sqrt(varB), cov, ssr, r2);
    }
}
