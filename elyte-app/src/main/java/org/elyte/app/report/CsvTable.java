package org.elyte.app.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.elyte.core.error.ElyteException;

/**
 * A table written as comma-separated values: one header line, one line per row, lines ended by
 * {@code \n}. Cells are quoted as RFC 4180 says (a cell holding a comma, a double quote, CR or LF
 * is enclosed in double quotes, with its quotes doubled). A whole number below 10¹⁵ is written
 * without a decimal point, any other finite number in Java's shortest round-trippable form
 * ({@link Double#toString(double)}), and NaN or an infinity as an empty cell.
 *
 * @param header column names, with units in the names (e.g. {@code capacity_Ah})
 * @param rows rows of cells, each as wide as the header: {@link Number}, {@link Boolean} or {@link String}
 */
public record CsvTable(List<String> header, List<List<Object>> rows) {
    private static final double WHOLE_LIMIT = 1e15;

    /**
     * @param header column names
     * @param rows rows of cells
     * @throws IllegalArgumentException when a row is not as wide as the header (a programming error)
     */
    public CsvTable {
        header = List.copyOf(header);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("row of " + r.size() + " cells under " + header.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /**
     * @param header column names
     * @param rows rows of numbers
     * @return the table
     */
    public static CsvTable ofNumbers(List<String> header, List<double[]> rows) {
        List<List<Object>> cells = new ArrayList<>(rows.size());
        for (double[] r : rows) {
            cells.add(Arrays.stream(r).boxed().map(Object.class::cast).toList());
        }
        return new CsvTable(header, cells);
    }

    /** @return the CSV text */
    public String text() {
        StringBuilder sb = new StringBuilder();
        line(sb, new ArrayList<>(header));
        for (List<Object> r : rows) {
            line(sb, r);
        }
        return sb.toString();
    }

    /**
     * Writes the table, UTF-8.
     *
     * @param file target
     * @throws ElyteException when the file cannot be written
     */
    public void write(Path file) {
        try {
            Files.writeString(file, text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ElyteException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param cell a number, boolean or text
     * @return the cell as it stands in the file, quoted when needed
     */
    public static String cell(Object cell) {
        if (cell instanceof Double || cell instanceof Float) {
            return number(((Number) cell).doubleValue());
        }
        if (cell instanceof Number || cell instanceof Boolean) {
            return cell.toString();
        }
        String s = cell == null ? "" : cell.toString();
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /**
     * @param v a value
     * @return its text: whole numbers without a decimal point, others round-trippable, empty for NaN/∞
     */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < WHOLE_LIMIT) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static void line(StringBuilder sb, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        sb.append('\n');
    }
}
