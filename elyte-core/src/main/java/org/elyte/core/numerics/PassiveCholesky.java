package org.elyte.core.numerics;

/**
 * Cholesky factor of the passive block of AᵀA for {@link Nnls#solveNormal}, kept across the
 * active-set iterations: a column added at the end costs one new row (O(k²)); a column removed
 * recomputes only the rows after it. Not thread-safe; one instance per solve.
 */
final class PassiveCholesky {
    private final double[][] ata;
    private final double[] atb;
    private final int[] order;
    private final double[][] l;
    private int k;

    PassiveCholesky(double[][] ata, double[] atb) {
        this.ata = ata;
        this.atb = atb;
        int n = atb.length;
        this.order = new int[n];
        this.l = new double[n][n];
    }

    /** Brings the factor to the passive set and solves; false if the block is not positive definite. */
    boolean solve(boolean[] passive, double[] s) {
        int keep = 0;
        for (int i = 0; i < k; i++) {
            if (passive[order[i]]) {
                order[keep++] = order[i];
            } else {
                break;
            }
        }
        int firstChanged = keep;
        for (int i = keep; i < k; i++) {
            if (passive[order[i]]) {
                order[keep++] = order[i];
            }
        }
        int kept = keep;
        for (int j = 0; j < passive.length; j++) {
            if (passive[j] && !contains(j, kept)) {
                order[keep++] = j;
            }
        }
        k = keep;
        for (int i = firstChanged; i < k; i++) {
            if (!row(i)) {
                k = i;
                return false;
            }
        }
        double[] y = new double[k];
        for (int i = 0; i < k; i++) {
            double v = atb[order[i]];
            for (int m = 0; m < i; m++) {
                v -= l[i][m] * y[m];
            }
            y[i] = v / l[i][i];
        }
        for (int i = k - 1; i >= 0; i--) {
            double v = y[i];
            for (int m = i + 1; m < k; m++) {
                v -= l[m][i] * y[m];
            }
            y[i] = v / l[i][i];
        }
        java.util.Arrays.fill(s, 0);
        for (int i = 0; i < k; i++) {
            s[order[i]] = y[i];
        }
        return true;
    }

    private boolean contains(int j, int upTo) {
        for (int i = 0; i < upTo; i++) {
            if (order[i] == j) {
                return true;
            }
        }
        return false;
    }

    /** Row i of L from rows 0..i−1. */
    private boolean row(int i) {
        double[] gi = ata[order[i]];
        for (int j = 0; j < i; j++) {
            double v = gi[order[j]];
            for (int m = 0; m < j; m++) {
                v -= l[i][m] * l[j][m];
            }
            l[i][j] = v / l[j][j];
        }
        double d = gi[order[i]];
        for (int m = 0; m < i; m++) {
            d -= l[i][m] * l[i][m];
        }
        if (!(d > 1e-14 * Math.abs(gi[order[i]])) || !Double.isFinite(d)) {
            return false;
        }
        l[i][i] = Math.sqrt(d);
        return true;
    }
}
