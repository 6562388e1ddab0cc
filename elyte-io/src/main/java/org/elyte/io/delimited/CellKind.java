package org.elyte.io.delimited;

/** How a {@link TableParser} reads the cells of one column. */
public enum CellKind {
    /** A finite decimal number; anything else is a format error. */
    NUMBER,
    /** A finite decimal number, or an empty / {@code N/A} cell read as NaN. */
    OPTIONAL_NUMBER,
    /** A local date and time ({@code MM/DD/YYYY HH:MM:SS}, ISO …) read as seconds since 1970 of that wall time. */
    DATETIME,
    /** Free text, stored as the 0-based index of the distinct value in order of first appearance. */
    TEXT,
    /** Ignored. */
    SKIP
}
