package org.elyte.sim.solver;

import java.util.Arrays;
import java.util.Optional;

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
    private final Sparsity sparsity;
    private final int[] colourStart;
    private final int[] colourColumns;

    JacobianMatrix(int n, JacobianPattern pattern) {
        this(n, pattern, Optional.empty());
    }

    JacobianMatrix(int n, JacobianPattern pattern, Optional<Sparsity> structure) {
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
        j = new double[structure.isPresent() ? structure.get().entries() : dense ? n * n : ld * n];
        yPert = new double[n];
        fPert = new double[n];
        delta = new double[n];
        sparsity = structure.orElse(null);
        if (sparsity == null) {
            colourStart = null;
            colourColumns = null;
            return;
        }
        if (sparsity.size() != n) {
            throw new IllegalArgumentException("sparsity has " + sparsity.size() + " unknowns, the system " + n);
        }
        for (int col = 0; col < n; col++) {
            for (int k = sparsity.colStart(col); k < sparsity.colEnd(col); k++) {
                if (!inBand(sparsity.row(k), col)) {
                    throw new IllegalArgumentException("sparsity entry (" + sparsity.row(k) + ", " + col
                            + ") is outside the declared pattern kl=" + kl + ", ku=" + ku);
                }
            }
        }
        int nc = sparsity.colourCount();
        colourStart = new int[nc + 1];
        for (int col = 0; col < n; col++) {
            colourStart[sparsity.colour(col) + 1]++;
        }
        for (int c = 0; c < nc; c++) {
            colourStart[c + 1] += colourStart[c];
        }
        colourColumns = new int[n];
        int[] next = Arrays.copyOf(colourStart, nc);
        for (int col = 0; col < n; col++) {
            colourColumns[next[sparsity.colour(col)]++] = col;
        }
    }

    LinearSolver newSolver() {
        if (sparsity != null && sparsity.blocks() > 0) {
            return new CondensedLu(sparsity);
        }
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
        if (sparsity != null) {
            int k = sparsity.find(row, col);
            if (k < 0) {
                if (v == 0.0) {
                    return;
                }
                throw new IllegalArgumentException("Jacobian entry (" + row + ", " + col
                        + ") is outside the declared sparsity");
            }
            j[k] += v;
            return;
        }
        j[idx(row, col)] += v;
    }

    double get(int row, int col) {
        if (sparsity != null) {
            int k = sparsity.find(row, col);
            return k < 0 ? 0.0 : j[k];
        }
        return inBand(row, col) ? j[idx(row, col)] : 0.0;
    }

    /** @return number of rhs evaluations used */
    int evaluate(DaeSystem system, double t, double[] y, double[] f0, double relTol, double absTol) {
        Arrays.fill(j, 0.0);
        if (system.jacobian(t, y, sink)) {
            return 0;
        }
        double floor = absTol / relTol;
        System.arraycopy(y, 0, yPert, 0, n);
        if (sparsity != null) {
            return evaluateColoured(system, t, y, f0, floor);
        }
        int colors = dense ? n : Math.min(n, ld);
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

    private int evaluateColoured(DaeSystem system, double t, double[] y, double[] f0, double floor) {
        int nc = colourStart.length - 1;
        for (int c = 0; c < nc; c++) {
            for (int q = colourStart[c]; q < colourStart[c + 1]; q++) {
                int col = colourColumns[q];
                double h = SQRT_EPS * Math.max(Math.abs(y[col]), floor);
                double yp = y[col] + h;
                delta[col] = yp - y[col];
                yPert[col] = yp;
            }
            system.rhs(t, yPert, fPert);
            for (int q = colourStart[c]; q < colourStart[c + 1]; q++) {
                int col = colourColumns[q];
                yPert[col] = y[col];
                double inv = 1.0 / delta[col];
                for (int k = sparsity.colStart(col); k < sparsity.colEnd(col); k++) {
                    j[k] = (fPert[sparsity.row(k)] - f0[sparsity.row(k)]) * inv;
                }
            }
        }
        return nc;
    }

    /** Loads M − c·J. */
    void loadIteration(LinearSolver lu, double[] mass, double c) {
        if (sparsity != null && lu instanceof CondensedLu cl) {
            cl.loadIteration(sparsity, j, mass, c);
            return;
        }
        lu.clear();
        if (sparsity != null) {
            for (int col = 0; col < n; col++) {
                for (int k = sparsity.colStart(col); k < sparsity.colEnd(col); k++) {
                    int row = sparsity.row(k);
                    double v = -c * j[k];
                    if (row == col) {
                        v += mass[row];
                    }
                    lu.add(row, col, v);
                }
            }
            return;
        }
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
        if (sparsity != null) {
            for (int col = 0; col < n; col++) {
                if (mass[col] != 0.0) {
                    lu.add(col, col, 1.0);
                    continue;
                }
                for (int k = sparsity.colStart(col); k < sparsity.colEnd(col); k++) {
                    int row = sparsity.row(k);
                    if (mass[row] == 0.0) {
                        lu.add(row, col, j[k]);
                    }
                }
            }
            return;
        }
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
