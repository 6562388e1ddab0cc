package org.elyte.core.numerics;

import org.elyte.core.error.InvalidInputException;

/**
 * Savitzky–Golay smoothing and differentiation (Savitzky &amp; Golay, Anal. Chem. 36 (1964) 1627):
 * a least-squares polynomial of degree {@code order} over a window of {@code 2·half + 1} samples,
 * evaluated at the centre. Samples are taken as evenly spaced in index; near the ends the window is
 * shifted inside the data and the polynomial is evaluated off-centre, so no point is dropped.
 * Stateless; an instance holds only its settings.
 *
 * @param half half-width of the window in samples (≥ 1)
 * @param order polynomial degree (0 ≤ order &lt; 2·half + 1)
 */
public record SavitzkyGolay(int half, int order) {

    /** @throws InvalidInputException on an impossible window */
    public SavitzkyGolay {
        if (half < 1 || order < 0 || order >= 2 * half + 1 || order > 6) {
            throw new InvalidInputException("Savitzky-Golay: window half-width " + half + " and order " + order
                    + " are not usable (need half >= 1, 0 <= order < 2*half+1, order <= 6)");
        }
    }

    /**
     * @param y evenly spaced samples
     * @return smoothed samples, same length (a copy when the data are shorter than the window)
     */
    public double[] smooth(double[] y) {
        return apply(y, 0);
    }

    /**
     * First derivative with respect to the sample index (divide by the spacing for dy/dx).
     *
     * @param y evenly spaced samples
     * @return dy/di, same length
     */
    public double[] derivative(double[] y) {
        return apply(y, 1);
    }

    private double[] apply(double[] y, int deriv) {
        int n = y.length;
        int w = 2 * half + 1;
        double[] out = new double[n];
        if (n < w) {
            if (deriv == 0) {
                return y.clone();
            }
            for (int i = 0; i < n; i++) {
                int a = Math.max(0, i - 1);
                int b = Math.min(n - 1, i + 1);
                out[i] = b > a ? (y[b] - y[a]) / (b - a) : 0;
            }
            return out;
        }
        int p = order + 1;
        double[][] cache = new double[w][];
        for (int i = 0; i < n; i++) {
            int start = Math.min(Math.max(i - half, 0), n - w);
            int pos = i - start; // position of i inside the window, 0..w-1
            if (cache[pos] == null) {
                cache[pos] = weights(w, p, pos - half, deriv);
            }
            double[] c = cache[pos];
            double s = 0;
            for (int k = 0; k < w; k++) {
                s += c[k] * y[start + k];
            }
            out[i] = s;
        }
        return out;
    }

    /** Weights that give the polynomial's value (deriv 0) or slope (deriv 1) at offset t0 from the window centre. */
    private double[] weights(int w, int p, int t0, int deriv) {
        double[][] ata = new double[p][p];
        for (int k = 0; k < w; k++) {
            double t = k - half;
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    ata[a][b] += Math.pow(t, a) * Math.pow(t, b);
                }
            }
        }
        double[][] inv = SymmetricMatrices.inverse(ata, 1e-15);
        double[] e = new double[p];
        for (int a = 0; a < p; a++) {
            e[a] = deriv == 0 ? Math.pow(t0, a) : (a == 0 ? 0 : a * Math.pow(t0, a - 1));
        }
        double[] v = new double[p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                v[a] += inv[a][b] * e[b];
            }
        }
        double[] c = new double[w];
        for (int k = 0; k < w; k++) {
            double t = k - half;
            double s = 0;
            for (int a = 0; a < p; a++) {
                s += v[a] * Math.pow(t, a);
            }
            c[k] = s;
        }
        return c;
    }
}
