package org.elyte.core.numerics;

/**
 * Small dense symmetric linear algebra: Cholesky solves and an eigenvalue-based pseudo-inverse
 * (cyclic Jacobi), for normal equations of a few dozen unknowns at most.
 */
public final class SymmetricMatrices {
    private SymmetricMatrices() {
    }

    /**
     * Solves A x = b by Cholesky factorisation, in place in the scratch matrix.
     *
     * @param a symmetric positive definite matrix (read only, row-major, n×n)
     * @param b right-hand side (read only)
     * @param l scratch n×n for the factor
     * @param x receives the solution
     * @return false if A is not numerically positive definite (x is then undefined)
     */
    public static boolean choleskySolve(double[][] a, double[] b, double[][] l, double[] x) {
        int n = b.length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > 0) || !Double.isFinite(s)) {
                        return false;
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * x[k];
            }
            x[i] = s / l[i][i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = x[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return true;
    }

    /**
     * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations.
     *
     * @param a symmetric matrix (not modified)
     * @param values receives the eigenvalues (length n)
     * @param vectors receives the eigenvectors as columns (n×n)
     */
    public static void eigen(double[][] a, double[] values, double[][] vectors) {
        int n = values.length;
        double[][] m = LmResult.copy(a);
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(vectors[i], 0.0);
            vectors[i][i] = 1.0;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double diag = 0;
            for (int i = 0; i < n; i++) {
                diag += m[i][i] * m[i][i];
                for (int j = i + 1; j < n; j++) {
                    off += m[i][j] * m[i][j];
                }
            }
            if (off <= 1e-30 * diag || off == 0) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (m[p][q] == 0) {
                        continue;
                    }
                    double theta = (m[q][q] - m[p][p]) / (2 * m[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double mkp = m[k][p];
                        double mkq = m[k][q];
                        m[k][p] = c * mkp - s * mkq;
                        m[k][q] = s * mkp + c * mkq;
                    }
                    for (int k = 0; k < n; k++) {
                        double mpk = m[p][k];
                        double mqk = m[q][k];
                        m[p][k] = c * mpk - s * mqk;
                        m[q][k] = s * mpk + c * mqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = vectors[k][p];
                        double vkq = vectors[k][q];
                        vectors[k][p] = c * vkp - s * vkq;
                        vectors[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            values[i] = m[i][i];
        }
    }

    /**
     * Moore–Penrose pseudo-inverse of a symmetric positive semi-definite matrix: eigenvalues below
     * {@code relativeCutoff · λ_max} are treated as zero and their directions get an infinite
     * variance (the corresponding diagonal entries become {@code +∞}).
     *
     * @param a symmetric positive semi-definite matrix
     * @param relativeCutoff e.g. 1e-14
     * @return the inverse, with +∞ on the diagonal of parameters in an unresolved direction
     */
    public static double[][] inverse(double[][] a, double relativeCutoff) {
        int n = a.length;
        double[] w = new double[n];
        double[][] v = new double[n][n];
        eigen(a, w, v);
        double max = 0;
        for (double x : w) {
            max = Math.max(max, Math.abs(x));
        }
        double[][] inv = new double[n][n];
        boolean[] unresolved = new boolean[n];
        for (int k = 0; k < n; k++) {
            if (!(w[k] > relativeCutoff * max) || max == 0) {
                for (int i = 0; i < n; i++) {
                    if (Math.abs(v[i][k]) > 1e-3) {
                        unresolved[i] = true;
                    }
                }
                continue;
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    inv[i][j] += v[i][k] * v[j][k] / w[k];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (unresolved[i]) {
                inv[i][i] = Double.POSITIVE_INFINITY;
            }
        }
        return inv;
    }
}
