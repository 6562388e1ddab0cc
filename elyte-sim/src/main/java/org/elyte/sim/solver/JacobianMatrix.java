package org.elyte.sim.solver;

import java.util.Arrays;

/**
 * Storage of ∂f/∂y in the system's pattern, its evaluation (analytic or by finite differences with
 * column colouring: columns closer than the bandwidth never share a colour), and loading of the
 * Newton iteration matrix {@code M − c·J} into a {@link LinearSolver}.
 */
final class JacobianMatrix {
    private static final double SQRT_EPS = Math.sqrt(Math.ulp(1.0));
    private final int n;
    private final int kl;
    private final int ku;
    private final boolean dense;
    private final int ld;
    private final double[] j;
    private final double[] yPert;
    private final double[] fPert;
    private final double[] delta;
    private final DaeSystem.JacobianSink sink = this::add;

    JacobianMatrix(int n, JacobianPattern pattern) {
        this.n = n;
        if (pattern instanceof JacobianPattern.Banded b && b.lower() + b.upper() + 1 < n) {
            dense = false;
            kl = Math.min(b.lower(), n - 1);
            ku = Math.min(b.upper(), n - 1);
        } else {
            dense = true;
            kl = n - 1;
            ku = n - 1;
        }
        ld = kl + ku + 1;
        j = new double[dense ? n * n : ld * n];
        yPert = new double[n];
        fPert = new double[n];
        delta = new double[n];
    }

    LinearSolver newSolver() {
        return dense ? new DenseLu(n) : new BandedLu(n, kl, ku);
    }

    private int idx(int row, int col) {
        return dense ? row * n + col : col * ld + (ku + row - col);
    }

    private boolean inBand(int row, int col) {
        return row - col <= kl && col - row <= ku;
    }

    void add(int row, int col, double v) {
        if (row < 0 || col < 0 || row >= n || col >= n || !inBand(row, col)) {
            if (v == 0.0) {
                return;
            }
            throw new IllegalArgumentException("Jacobian entry (" + row + ", " + col
                    + ") is outside the declared pattern kl=" + kl + ", ku=" + ku);
        }
        j[idx(row, col)] += v;
    }

    double get(int row, int col) {
        return inBand(row, col) ? j[idx(row, col)] : 0.0;
    }

    /** @return number of rhs evaluations used */
    int evaluate(DaeSystem system, double t, double[] y, double[] f0, double relTol, double absTol) {
        Arrays.fill(j, 0.0);
        if (system.jacobian(t, y, sink)) {
            return 0;
        }
        int colors = dense ? n : Math.min(n, ld);
        double floor = absTol / relTol;
        System.arraycopy(y, 0, yPert, 0, n);
        for (int c = 0; c < colors; c++) {
            for (int col = c; col < n; col += colors) {
                double h = SQRT_EPS * Math.max(Math.abs(y[col]), floor);
                double yp = y[col] + h;
                delta[col] = yp - y[col];
                yPert[col] = yp;
            }
            system.rhs(t, yPert, fPert);
            for (int col = c; col < n; col += colors) {
                yPert[col] = y[col];
                double inv = 1.0 / delta[col];
                int r0 = Math.max(0, col - ku);
                int r1 = Math.min(n - 1, col + kl);
                for (int row = r0; row <= r1; row++) {
                    j[idx(row, col)] = (fPert[row] - f0[row]) * inv;
                }
            }
        }
        return colors;
    }

    /** Loads M − c·J. */
    void loadIteration(LinearSolver lu, double[] mass, double c) {
        lu.clear();
        for (int col = 0; col < n; col++) {
            int r0 = Math.max(0, col - ku);
            int r1 = Math.min(n - 1, col + kl);
            for (int row = r0; row <= r1; row++) {
                double v = -c * j[idx(row, col)];
                if (row == col) {
                    v += mass[row];
                }
                if (v != 0.0) {
                    lu.add(row, col, v);
                }
            }
        }
    }

    /** Loads the matrix of the algebraic sub-problem: J on algebraic rows/columns, identity elsewhere. */
    void loadAlgebraic(LinearSolver lu, double[] mass) {
        lu.clear();
        for (int col = 0; col < n; col++) {
            if (mass[col] != 0.0) {
                lu.add(col, col, 1.0);
                continue;
            }
            int r0 = Math.max(0, col - ku);
            int r1 = Math.min(n - 1, col + kl);
            for (int row = r0; row <= r1; row++) {
                double v = j[idx(row, col)];
                if (mass[row] == 0.0 && v != 0.0) {
                    lu.add(row, col, v);
                }
            }
        }
    }
}
