package org.elyte.core.recording;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.elyte.core.error.InvalidInputException;
import org.elyte.core.quantity.Quantity;

/**
 * An immutable columnar table of measured values: one primitive {@code double[]} per
 * {@link Quantity}, all of the same length, plus {@link Metadata}. Counts (cycle, step) are stored
 * as exact doubles. Arrays are copied in and out ({@link #ofOwned} takes over freshly built arrays
 * instead); {@link #get} reads one value without copying.
 */
public final class Recording {
    private final Map<Quantity, double[]> columns;
    private final int rows;
    private final Metadata metadata;

    private Recording(Map<Quantity, double[]> columns, int rows, Metadata metadata) {
        this.columns = columns;
        this.rows = rows;
        this.metadata = metadata;
    }

    /**
     * @param columns ordered columns, all of the same length; copied
     * @param metadata metadata
     * @return the recording
     * @throws InvalidInputException if column lengths differ
     */
    public static Recording of(Map<Quantity, double[]> columns, Metadata metadata) {
        return build(columns, metadata, true);
    }

    /**
     * Like {@link #of}, but takes ownership of the column arrays instead of copying them: for
     * callers that have just built the arrays (file readers), where the copy would double the
     * memory traffic of a large read. The map itself is copied; the same validation applies.
     *
     * <p>The caller must not keep, mutate or hand out the arrays afterwards: the recording is
     * immutable only as long as nobody else writes to them.
     *
     * @param columns ordered columns, all of the same length; the arrays are taken over, not copied
     * @param metadata metadata
     * @return the recording
     * @throws InvalidInputException if column lengths differ
     */
    public static Recording ofOwned(Map<Quantity, double[]> columns, Metadata metadata) {
        return build(columns, metadata, false);
    }

    private static Recording build(Map<Quantity, double[]> columns, Metadata metadata, boolean copyArrays) {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(metadata, "metadata");
        LinkedHashMap<Quantity, double[]> copy = new LinkedHashMap<>();
        int n = -1;
        for (Map.Entry<Quantity, double[]> e : columns.entrySet()) {
            double[] v = Objects.requireNonNull(e.getValue(), "column " + e.getKey());
            if (n >= 0 && v.length != n) {
                throw new InvalidInputException("column '" + e.getKey().label() + "' has " + v.length
                        + " rows, expected " + n + " like the columns before it");
            }
            n = v.length;
            copy.put(e.getKey(), copyArrays ? v.clone() : v);
        }
        return new Recording(Collections.unmodifiableMap(copy), Math.max(n, 0), metadata);
    }

    /** @return number of rows */
    public int rows() {
        return rows;
    }

    /** @return the quantities in column order */
    public List<Quantity> quantities() {
        return List.copyOf(columns.keySet());
    }

    /**
     * @param q quantity
     * @return whether the recording has that column
     */
    public boolean has(Quantity q) {
        return columns.containsKey(q);
    }

    /**
     * @param q quantity
     * @return a copy of the column, if present
     */
    public Optional<double[]> column(Quantity q) {
        double[] v = columns.get(q);
        return v == null ? Optional.empty() : Optional.of(v.clone());
    }

    /**
     * @param q quantity
     * @return a copy of the column
     * @throws InvalidInputException if the column is absent
     */
    public double[] require(Quantity q) {
        return column(q).orElseThrow(() -> new InvalidInputException(
                describe() + " has no column '" + q.label() + "'; it has " + columns.keySet()));
    }

    /**
     * @param q quantity
     * @param row 0-based row
     * @return the value
     * @throws InvalidInputException if the column is absent
     * @throws IndexOutOfBoundsException if the row is outside the table
     */
    public double get(Quantity q, int row) {
        double[] v = columns.get(q);
        if (v == null) {
            throw new InvalidInputException(describe() + " has no column '" + q.label() + "'");
        }
        return v[row];
    }

    /** @return the metadata */
    public Metadata metadata() {
        return metadata;
    }

    /**
     * @param newMetadata metadata
     * @return a copy with other metadata (columns are shared, they are never mutated)
     */
    public Recording withMetadata(Metadata newMetadata) {
        return new Recording(columns, rows, Objects.requireNonNull(newMetadata, "metadata"));
    }

    /**
     * @param q quantity
     * @param values column values, copied; must have {@link #rows()} entries
     * @return a copy with the column added or replaced
     */
    public Recording withColumn(Quantity q, double[] values) {
        LinkedHashMap<Quantity, double[]> copy = new LinkedHashMap<>(columns);
        copy.put(q, values);
        return of(copy, metadata);
    }

    private String describe() {
        return "recording " + metadata.sourceFile().orElse("(no source)");
    }

    @Override
    public String toString() {
        return "Recording[" + rows + " rows, " + columns.keySet() + ", " + metadata.sourceFile().orElse("") + "]";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Recording r) || r.rows != rows || !r.metadata.equals(metadata)
                || !r.columns.keySet().equals(columns.keySet())) {
            return false;
        }
        for (Map.Entry<Quantity, double[]> e : columns.entrySet()) {
            if (!Arrays.equals(e.getValue(), r.columns.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rows, metadata, columns.keySet());
    }
}
