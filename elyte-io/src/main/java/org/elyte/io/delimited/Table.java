package org.elyte.io.delimited;

import java.util.List;

/**
 * The body of a delimited file as parsed columns. Columns of kind {@link CellKind#SKIP} are null
 * inside {@link #column}; callers ask only for the columns they declared.
 *
 * @param rows number of data rows
 * @param columns one array per declared column, each with at least {@code rows} entries (may be
 *     longer: the parser preallocates); null for skipped columns
 * @param texts distinct values of each {@link CellKind#TEXT} column, by code (empty for others)
 * @param firstLine 1-based line number of the first data row
 */
public record Table(int rows, double[][] columns, List<List<String>> texts, int firstLine) {

    /**
     * @param index 0-based column index
     * @return the column trimmed to {@link #rows()} values
     */
    public double[] column(int index) {
        double[] c = columns[index];
        return c.length == rows ? c : java.util.Arrays.copyOf(c, rows);
    }
}
