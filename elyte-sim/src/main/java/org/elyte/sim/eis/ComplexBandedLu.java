package org.elyte.sim.eis;

import java.util.Arrays;

/**
 * LU factorisation with partial pivoting of a complex band matrix (LAPACK zgbtrf layout: kl extra
 * rows for fill-in), real and imaginary parts stored separately. Preallocated; not thread-safe.
 */
final class ComplexBandedLu {
    private final int n;
    private final int kl;
    private final int ku;
    private final int ld;
    private final double[] re;
    private final double[] im;
    private final int[] piv;

    ComplexBandedLu(int n, int kl, int ku) {
        this.n = n;
        this.kl = kl;
        this.ku = ku;
        this.ld = 2 * kl + ku + 1;
        re = new double[ld * n];
        im = new double[ld * n];
        piv = new int[n];
    }

    private int idx(int i, int j) {
        return j * ld + (kl + ku + i - j);
    }

    void clear() {
        Arrays.fill(re, 0.0);
        Arrays.fill(im, 0.0);
    }

    void add(int row, int col, double vr, double vi) {
        int k = idx(row, col);
        re[k] += vr;
        im[k] += vi;
    }

    /** @return −1 on success, else the singular column */
    int factor() {
        int kuu = kl + ku;
        for (int j = 0; j < n; j++) {
            int km = Math.min(kl, n - 1 - j);
            int p = 0;
            int dj = idx(j, j);
            double best = Math.abs(re[dj]) + Math.abs(im[dj]);
            for (int r = 1; r <= km; r++) {
                double v = Math.abs(re[dj + r]) + Math.abs(im[dj + r]);
                if (v > best) {
                    best = v;
                    p = r;
                }
            }
            piv[j] = j + p;
            if (best == 0.0 || !Double.isFinite(best)) {
                return j;
            }
            int cmax = Math.min(j + kuu, n - 1);
            if (p != 0) {
                for (int c = j; c <= cmax; c++) {
                    int a = idx(j, c);
                    int b = idx(j + p, c);
                    double t = re[a];
                    re[a] = re[b];
                    re[b] = t;
                    t = im[a];
                    im[a] = im[b];
                    im[b] = t;
                }
            }
            double pr = re[dj];
            double pi = im[dj];
            double den = pr * pr + pi * pi;
            double ir = pr / den;
            double ii = -pi / den;
            for (int r = 1; r <= km; r++) {
                double xr = re[dj + r];
                double xi = im[dj + r];
                re[dj + r] = xr * ir - xi * ii;
                im[dj + r] = xr * ii + xi * ir;
            }
            for (int c = j + 1; c <= cmax; c++) {
                int base = idx(j, c);
                double ar = re[base];
                double ai = im[base];
                if (ar != 0.0 || ai != 0.0) {
                    for (int r = 1; r <= km; r++) {
                        double lr = re[dj + r];
                        double li = im[dj + r];
                        re[base + r] -= lr * ar - li * ai;
                        im[base + r] -= lr * ai + li * ar;
                    }
                }
            }
        }
        return -1;
    }

    /** Solves in place; br, bi real and imaginary parts of the right-hand side. */
    void solve(double[] br, double[] bi) {
        int kuu = kl + ku;
        for (int j = 0; j < n; j++) {
            int p = piv[j];
            if (p != j) {
                double t = br[j];
                br[j] = br[p];
                br[p] = t;
                t = bi[j];
                bi[j] = bi[p];
                bi[p] = t;
            }
            int km = Math.min(kl, n - 1 - j);
            double xr = br[j];
            double xi = bi[j];
            if (xr != 0.0 || xi != 0.0) {
                int base = idx(j, j);
                for (int r = 1; r <= km; r++) {
                    double lr = re[base + r];
                    double li = im[base + r];
                    br[j + r] -= lr * xr - li * xi;
                    bi[j + r] -= lr * xi + li * xr;
                }
            }
        }
        for (int j = n - 1; j >= 0; j--) {
            int d = idx(j, j);
            double dr = re[d];
            double di = im[d];
            double den = dr * dr + di * di;
            double xr = (br[j] * dr + bi[j] * di) / den;
            double xi = (bi[j] * dr - br[j] * di) / den;
            br[j] = xr;
            bi[j] = xi;
            if (xr != 0.0 || xi != 0.0) {
                for (int i = Math.max(0, j - kuu); i < j; i++) {
                    int k = idx(i, j);
                    br[i] -= re[k] * xr - im[k] * xi;
                    bi[i] -= re[k] * xi + im[k] * xr;
                }
            }
        }
    }
}
