package org.elyte.analysis.cycling.differential;

/**
 * Savitzky–Golay first derivative on a uniform grid (Savitzky &amp; Golay, Anal. Chem. 36 (1964) 1627):
 * a least-squares polynomial of the given order over a moving window of odd length; near the ends the
 * window is held at the edge and the polynomial is evaluated off-centre, so the output has the input's length.
 */
final class SavitzkyGolay {
    private SavitzkyGolay() {
    }

    /**
     * @param y values on a uniform grid
     * @param step grid step
     * @param window odd window length (reduced to the largest odd length ≤ y.length)
     * @param order polynomial order (reduced below the window)
     * @return dy/dx at every grid point
     */
    static double[] derivative(double[] y, double step, int window, int order) {
        int n = y.length;
        int w = Math.min(window, n % 2 == 1 ? n : n - 1);
        int p = Math.min(order, w - 1);
        int m = w / 2;
        // pseudo-inverse (AᵀA)⁻¹Aᵀ of A[j][k] = (j − m)^k, k = 0..p
        double[][] ata = new double[p + 1][p + 1];
        for (int j = 0; j < w; j++) {
            for (int a = 0; a <= p; a++) {
                for (int b = 0; b <= p; b++) {
                    ata[a][b] += Math.pow(j - m, a + b);
                }
            }
        }
        double[][] inv = invert(ata);
        double[][] pinv = new double[p + 1][w];
        for (int a = 0; a <= p; a++) {
            for (int j = 0; j < w; j++) {
                double s = 0;
                for (int b = 0; b <= p; b++) {
                    s += inv[a][b] * Math.pow(j - m, b);
                }
                pinv[a][j] = s;
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int start = Math.max(0, Math.min(i - m, n - w));
            double x0 = i - (start + m);
            double d = 0;
            for (int a = 1; a <= p; a++) {
                double coef = 0;
                for (int j = 0; j < w; j++) {
                    coef += pinv[a][j] * y[start + j];
                }
                d += a * coef * Math.pow(x0, a - 1);
            }
            out[i] = d / step;
        }
        return out;
    }

    private static double[][] invert(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
                    piv = r;
                }
            }
            double[] t = m[c];
            m[c] = m[piv];
            m[piv] = t;
            double d = m[c][c];
            for (int k = 0; k < 2 * n; k++) {
                m[c][k] /= d;
            }
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = m[r][c];
                    for (int k = 0; k < 2 * n; k++) {
                        m[r][k] -= f * m[c][k];
                    }
                }
            }
        }
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], n, out[i], 0, n);
        }
        return out;
    }
}
