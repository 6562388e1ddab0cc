package org.elyte.analysis.transference;

/** Least-squares straight line. */
final class Fits {
    private Fits() {
    }

    /** @return {intercept, slope} of y = a + b·x (NaN slope when x is constant) */
    static double[] line(double[] x, double[] y) {
        double mx = Chronoamperometry.mean(x);
        double my = Chronoamperometry.mean(y);
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        double b = sxx == 0 ? Double.NaN : sxy / sxx;
        return new double[] {my - b * mx, b};
    }
}
