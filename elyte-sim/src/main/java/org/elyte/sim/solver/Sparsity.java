package org.elyte.sim.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.elyte.core.error.InvalidInputException;

/**
 * The exact structure of a Jacobian ∂f/∂y inside its {@link JacobianPattern}: which entries can be
 * non-zero (the diagonal always counts), and optionally <em>local blocks</em>, contiguous ranges
 * of unknowns that couple to no other block (only to themselves and to unknowns outside every
 * block). The integrator uses the entries to colour finite-difference columns (Curtis, Powell
 * &amp; Reid 1974: columns that share no row share one evaluation) and the blocks to eliminate
 * them cell by cell before the banded LU (static condensation, {@link CondensedLu}). Immutable.
 */
public final class Sparsity {
    private final int n;
    private final int[] colPtr;
    private final int[] rowIdx;
    private final int[] rowPtr;
    private final int[] colIdx;
    private final int[] blockStart;
    private final int[] blockLength;
    private final int[] colours;
    private final int colourCount;

    private Sparsity(int n, int[] colPtr, int[] rowIdx, int[] rowPtr, int[] colIdx, int[] blockStart,
            int[] blockLength) {
        this.n = n;
        this.colPtr = colPtr;
        this.rowIdx = rowIdx;
        this.rowPtr = rowPtr;
        this.colIdx = colIdx;
        this.blockStart = blockStart;
        this.blockLength = blockLength;
        this.colours = greedyColours();
        int mx = 0;
        for (int c : colours) {
            mx = Math.max(mx, c + 1);
        }
        this.colourCount = mx;
    }

    /** @param n number of unknowns (≥ 1) @return an empty builder (the diagonal is added on build) */
    public static Builder builder(int n) {
        if (n < 1) {
            throw new InvalidInputException("sparsity needs n >= 1, got " + n);
        }
        return new Builder(n);
    }

    /** @return number of unknowns */
    public int size() {
        return n;
    }

    /** @return number of structurally non-zero entries */
    public int entries() {
        return rowIdx.length;
    }

    /** @param row row @param col column @return whether (row, col) may be non-zero */
    public boolean contains(int row, int col) {
        if (row < 0 || col < 0 || row >= n || col >= n) {
            return false;
        }
        return Arrays.binarySearch(rowIdx, colPtr[col], colPtr[col + 1], row) >= 0;
    }

    /** @return position of (row, col) in the column-major entry list, or −1 */
    int find(int row, int col) {
        if (row < 0 || col < 0 || row >= n || col >= n) {
            return -1;
        }
        int k = Arrays.binarySearch(rowIdx, colPtr[col], colPtr[col + 1], row);
        return k >= 0 ? k : -1;
    }

    int colStart(int col) {
        return colPtr[col];
    }

    int colEnd(int col) {
        return colPtr[col + 1];
    }

    int row(int k) {
        return rowIdx[k];
    }

    int rowStart(int row) {
        return rowPtr[row];
    }

    int rowEnd(int row) {
        return rowPtr[row + 1];
    }

    int col(int k) {
        return colIdx[k];
    }

    /** @return number of local blocks */
    public int blocks() {
        return blockStart.length;
    }

    /** @param b block @return its first unknown */
    public int blockStart(int b) {
        return blockStart[b];
    }

    /** @param b block @return its number of unknowns */
    public int blockLength(int b) {
        return blockLength[b];
    }

    /**
     * Greedy colouring of the columns (in index order): two columns with a common row never share
     * a colour.
     *
     * @return colour of each column, 0-based
     */
    public int[] columnColours() {
        return colours.clone();
    }

    /** @return number of colours of {@link #columnColours()} (finite-difference evaluations per Jacobian) */
    public int colourCount() {
        return colourCount;
    }

    int colour(int col) {
        return colours[col];
    }

    private int[] greedyColours() {
        int[] colour = new int[n];
        Arrays.fill(colour, -1);
        int[] forbidden = new int[n + 1];
        Arrays.fill(forbidden, -1);
        for (int c = 0; c < n; c++) {
            for (int k = colPtr[c]; k < colPtr[c + 1]; k++) {
                int r = rowIdx[k];
                for (int q = rowPtr[r]; q < rowPtr[r + 1]; q++) {
                    int other = colour[colIdx[q]];
                    if (other >= 0) {
                        forbidden[other] = c;
                    }
                }
            }
            int pick = 0;
            while (forbidden[pick] == c) {
                pick++;
            }
            colour[c] = pick;
        }
        return colour;
    }

    /** Collects entries and blocks. */
    public static final class Builder {
        private final int n;
        private final List<long[]> chunks = new ArrayList<>();
        private long[] cur = new long[1024];
        private int fill;
        private final List<int[]> blocks = new ArrayList<>();

        private Builder(int n) {
            this.n = n;
        }

        /**
         * @param row equation index
         * @param col unknown index
         * @return this
         * @throws InvalidInputException if outside 0..n−1
         */
        public Builder add(int row, int col) {
            if (row < 0 || col < 0 || row >= n || col >= n) {
                throw new InvalidInputException("sparsity entry (" + row + ", " + col + ") outside 0.." + (n - 1));
            }
            if (fill == cur.length) {
                chunks.add(cur);
                cur = new long[cur.length];
                fill = 0;
            }
            cur[fill++] = (long) col * n + row;
            return this;
        }

        /**
         * Declares unknowns start … start+length−1 a local block.
         *
         * @param start first unknown
         * @param length number of unknowns (≥ 1)
         * @return this
         */
        public Builder block(int start, int length) {
            if (start < 0 || length < 1 || start + length > n) {
                throw new InvalidInputException("block " + start + "+" + length + " outside 0.." + (n - 1));
            }
            blocks.add(new int[] {start, length});
            return this;
        }

        /**
         * @return the structure
         * @throws InvalidInputException if blocks overlap or two blocks are coupled
         */
        public Sparsity build() {
            for (int i = 0; i < n; i++) {
                add(i, i);
            }
            int total = chunks.size() * cur.length + fill;
            long[] all = new long[total];
            int p = 0;
            for (long[] c : chunks) {
                System.arraycopy(c, 0, all, p, c.length);
                p += c.length;
            }
            System.arraycopy(cur, 0, all, p, fill);
            Arrays.sort(all);
            int m = 0;
            for (int k = 0; k < total; k++) {
                if (m == 0 || all[k] != all[m - 1]) {
                    all[m++] = all[k];
                }
            }
            int[] colPtr = new int[n + 1];
            int[] rowIdx = new int[m];
            int[] rowCount = new int[n + 1];
            for (int k = 0; k < m; k++) {
                int col = (int) (all[k] / n);
                int row = (int) (all[k] % n);
                colPtr[col + 1]++;
                rowIdx[k] = row;
                rowCount[row + 1]++;
            }
            for (int c = 0; c < n; c++) {
                colPtr[c + 1] += colPtr[c];
                rowCount[c + 1] += rowCount[c];
            }
            int[] rowPtr = rowCount.clone();
            int[] next = rowCount.clone();
            int[] colIdx = new int[m];
            for (int c = 0; c < n; c++) {
                for (int k = colPtr[c]; k < colPtr[c + 1]; k++) {
                    colIdx[next[rowIdx[k]]++] = c;
                }
            }
            blocks.sort((a, b) -> Integer.compare(a[0], b[0]));
            int[] owner = new int[n];
            Arrays.fill(owner, -1);
            int[] bs = new int[blocks.size()];
            int[] bl = new int[blocks.size()];
            for (int b = 0; b < bs.length; b++) {
                bs[b] = blocks.get(b)[0];
                bl[b] = blocks.get(b)[1];
                for (int i = bs[b]; i < bs[b] + bl[b]; i++) {
                    if (owner[i] >= 0) {
                        throw new InvalidInputException("local blocks overlap at unknown " + i);
                    }
                    owner[i] = b;
                }
            }
            for (int c = 0; c < n; c++) {
                for (int k = colPtr[c]; k < colPtr[c + 1]; k++) {
                    int r = rowIdx[k];
                    if (owner[r] >= 0 && owner[c] >= 0 && owner[r] != owner[c]) {
                        throw new InvalidInputException("local blocks " + owner[r] + " and " + owner[c]
                                + " are coupled by entry (" + r + ", " + c + ")");
                    }
                }
            }
            return new Sparsity(n, colPtr, rowIdx, rowPtr, colIdx, bs, bl);
        }
    }
}
