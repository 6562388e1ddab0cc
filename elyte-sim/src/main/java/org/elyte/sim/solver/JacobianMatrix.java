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
    /** for a {@link JacobianPattern.Bordered} pattern: the leading block, else null */
    private final JacobianMatrix inner;
    private final double[] borderCol;
    private final double[] borderRow;
    private double corner;

    JacobianMatrix(int n, JacobianPattern pattern) {
        this(n, pattern, Optional.empty());
    }

    JacobianMatrix(int n, JacobianPattern pattern, Optional<Sparsity> structure) {
        this.n = n;
        if (pattern instanceof JacobianPattern.Bordered bp) {
            if (n < 2) {
                throw new IllegalArgumentException("a bordered pattern needs n >= 2, got " + n);
            }
            if (structure.isPresent()) {
                throw new IllegalArgumentException("a bordered pattern carries its inner structure; the system's must be empty");
            }
            inner = new JacobianMatrix(n - 1, bp.inner(), bp.innerStructure());
            borderCol = new double[n - 1];
            borderRow = new double[n - 1];
            dense = false;
            kl = n - 1;
            ku = n - 1;
            ld = 0;
            j = new double[0];
            yPert = new double[n];
            fPert = new double[n];
            delta = null;
            sparsity = null;
            colourStart = null;
            colourColumns = null;
            return;
        }
        inner = null;
        borderCol = null;
        borderRow = null;
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
        if (inner != null) {
            return new BorderedLu(inner.newSolver());
        }
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
        if (inner != null) {
            addBordered(row, col, v);
            return;
        }
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

    private void addBordered(int row, int col, double v) {
        int m = n - 1;
        if (row < 0 || col < 0 || row > m || col > m) {
            if (v == 0.0) {
                return;
            }
            throw new IllegalArgumentException("Jacobian entry (" + row + ", " + col + ") is outside 0.." + m);
        }
        if (row == m && col == m) {
            corner += v;
        } else if (row == m) {
            borderRow[col] += v;
        } else if (col == m) {
            borderCol[row] += v;
        } else {
            inner.add(row, col, v);
        }
    }

    double get(int row, int col) {
        if (inner != null) {
            int m = n - 1;
            return row == m && col == m ? corner : row == m ? borderRow[col] : col == m ? borderCol[row]
                    : inner.get(row, col);
        }
        if (sparsity != null) {
            int k = sparsity.find(row, col);
            return k < 0 ? 0.0 : j[k];
        }
        return inBand(row, col) ? j[idx(row, col)] : 0.0;
    }

    /** @return number of rhs evaluations used */
    int evaluate(DaeSystem system, double t, double[] y, double[] f0, double relTol, double absTol) {
        if (inner != null) {
            return evaluateBordered(system, t, y, f0, absTol / relTol);
        }
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

    private void clearBordered() {
        inner.clearAll();
        Arrays.fill(borderCol, 0.0);
        Arrays.fill(borderRow, 0.0);
        corner = 0.0;
    }

    private void clearAll() {
        Arrays.fill(j, 0.0);
    }

    /** Analytic when offered, else one column at a time (the full last row defeats colouring). */
    private int evaluateBordered(DaeSystem system, double t, double[] y, double[] f0, double floor) {
        clearBordered();
        if (system.jacobian(t, y, sink)) {
            return 0;
        }
        clearBordered();
        System.arraycopy(y, 0, yPert, 0, n);
        for (int col = 0; col < n; col++) {
            double h = SQRT_EPS * Math.max(Math.abs(y[col]), floor);
            double yp = y[col] + h;
            double dl = yp - y[col];
            yPert[col] = yp;
            system.rhs(t, yPert, fPert);
            yPert[col] = y[col];
            for (int row = 0; row < n; row++) {
                double v = (fPert[row] - f0[row]) / dl;
                if (v != 0.0 && (row == n - 1 || col == n - 1 || inner.inStructure(row, col))) {
                    addBordered(row, col, v);
                }
            }
        }
        return n;
    }

    /** @return whether (row, col) is inside the pattern and the structure */
    private boolean inStructure(int row, int col) {
        if (!inBand(row, col)) {
            return false;
        }
        return sparsity == null || sparsity.find(row, col) >= 0;
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
        if (inner != null) {
            BorderedLu bl = (BorderedLu) lu;
            bl.clear();
            inner.loadIteration(bl.inner(), mass, c);
            int m = n - 1;
            for (int i = 0; i < m; i++) {
                bl.add(i, m, -c * borderCol[i]);
                bl.add(m, i, -c * borderRow[i]);
            }
            bl.add(m, m, mass[m] - c * corner);
            return;
        }
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
        if (inner != null) {
            BorderedLu bl = (BorderedLu) lu;
            bl.clear();
            inner.loadAlgebraic(bl.inner(), mass);
            int m = n - 1;
            boolean algebraic = mass[m] == 0.0;
            for (int i = 0; i < m; i++) {
                if (algebraic && mass[i] == 0.0) {
                    bl.add(i, m, borderCol[i]);
                    bl.add(m, i, borderRow[i]);
                }
            }
            bl.add(m, m, algebraic ? corner : 1.0);
            return;
        }
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
