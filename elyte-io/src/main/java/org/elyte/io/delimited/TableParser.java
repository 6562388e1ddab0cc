package org.elyte.io.delimited;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.elyte.core.error.FormatException;
import org.elyte.io.source.WallClock;

/**
 * Parses the data rows of a delimited text file (tab, comma, semicolon) from bytes into primitive
 * columns, without a String per numeric cell. Lines end at LF, CRLF or a lone CR; blank lines are
 * skipped; a trailing separator is allowed; surrounding double quotes are removed. A row with
 * fewer cells than declared, or with extra non-empty cells, is a format error naming its line.
 * Not thread-safe: one instance per file.
 */
public final class TableParser {
    private static final int MAX_TEXT_VALUES = 4096;

    private final String source;
    private final byte separator;
    private final CellKind[] kinds;
    private int[] lastDateStart;
    private int[] lastDateEnd;
    private double[] lastDateValue;
    private int[] lastTextStart;
    private int[] lastTextEnd;
    private double[] lastTextCode;

    /**
     * @param source file name for messages
     * @param separator cell separator byte ({@code '\t'}, {@code ','}, {@code ';'})
     * @param kinds how to read each column, in file order
     */
    public TableParser(String source, byte separator, CellKind[] kinds) {
        this.source = source;
        this.separator = separator;
        this.kinds = kinds.clone();
    }

    /**
     * @param b file bytes
     * @param start offset of the first data line
     * @param firstLine 1-based line number of that line
     * @param end offset where the table ends (exclusive), usually {@code b.length}
     * @return the parsed table
     * @throws FormatException on a malformed row
     */
    public Table parse(byte[] b, int start, int firstLine, int end) {
        int width = kinds.length;
        lastDateStart = new int[width];
        lastDateEnd = new int[width];
        lastDateValue = new double[width];
        Arrays.fill(lastDateValue, Double.NaN);
        lastTextStart = new int[width];
        lastTextEnd = new int[width];
        lastTextCode = new double[width];
        int capacity = Math.max(1, countLines(b, start, end));
        double[][] cols = new double[width][];
        List<List<String>> texts = new ArrayList<>(width);
        List<Map<String, Integer>> codes = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            cols[c] = kinds[c] == CellKind.SKIP ? null : new double[capacity];
            texts.add(kinds[c] == CellKind.TEXT ? new ArrayList<>() : List.of());
            codes.add(kinds[c] == CellKind.TEXT ? new HashMap<>() : Map.of());
        }
        int rows = 0;
        int line = firstLine;
        int pos = start;
        while (pos < end) {
            int eol = pos;
            while (eol < end && b[eol] != '\n' && b[eol] != '\r') {
                eol++;
            }
            if (!blank(b, pos, eol)) {
                if (rows == capacity) {
                    capacity = capacity * 2;
                    for (int c = 0; c < width; c++) {
                        if (cols[c] != null) {
                            cols[c] = Arrays.copyOf(cols[c], capacity);
                        }
                    }
                }
                parseRow(b, pos, eol, line, rows, cols, texts, codes);
                rows++;
            }
            pos = eol;
            if (pos < end && b[pos] == '\r') {
                pos++;
            }
            if (pos < end && b[pos] == '\n') {
                pos++;
            }
            line++;
        }
        return new Table(rows, cols, texts, firstLine);
    }

    private void parseRow(byte[] b, int from, int to, int line, int row, double[][] cols,
            List<List<String>> texts, List<Map<String, Integer>> codes) {
        int width = kinds.length;
        int pos = from;
        for (int c = 0; c < width; c++) {
            if (pos > to) {
                throw FormatException.atLine(source, line, "expected " + width + " cells, found " + c
                        + " (truncated or malformed row)");
            }
            int cellEnd = pos;
            while (cellEnd < to && b[cellEnd] != separator) {
                cellEnd++;
            }
            int s = pos;
            int e = cellEnd;
            if (e - s >= 2 && b[s] == '"' && b[e - 1] == '"') {
                s++;
                e--;
            }
            switch (kinds[c]) {
                case NUMBER -> {
                    double v = Decimals.parse(b, s, e);
                    if (Double.isNaN(v)) {
                        throw FormatException.atLine(source, line, "cell " + (c + 1) + ": expected a number, found '"
                                + text(b, s, e) + "'");
                    }
                    cols[c][row] = v;
                }
                case OPTIONAL_NUMBER -> {
                    double v = Decimals.parse(b, s, e);
                    if (Double.isNaN(v) && !missing(b, s, e)) {
                        throw FormatException.atLine(source, line, "cell " + (c + 1) + ": expected a number or N/A,"
                                + " found '" + text(b, s, e) + "'");
                    }
                    cols[c][row] = v;
                }
                case DATETIME -> cols[c][row] = dateTime(b, s, e, line, c);
                case TEXT -> {
                    // a text cell equal to the column's previous one (step names) reuses its code
                    if (row == 0 || lastTextEnd[c] - lastTextStart[c] != e - s
                            || !Arrays.equals(b, s, e, b, lastTextStart[c], lastTextEnd[c])) {
                        lastTextCode[c] = code(text(b, s, e), texts.get(c), codes.get(c), line);
                        lastTextStart[c] = s;
                        lastTextEnd[c] = e;
                    }
                    cols[c][row] = lastTextCode[c];
                }
                case SKIP -> {
                }
            }
            pos = cellEnd + 1;
        }
        for (int i = pos; i < to; i++) {
            if (b[i] != separator && b[i] != ' ' && b[i] != '"') {
                throw FormatException.atLine(source, line, "more than the " + width + " cells of the header row");
            }
        }
    }

    private double dateTime(byte[] b, int s, int e, int line, int c) {
        double quick = sameMinute(b, s, e, c);
        if (!Double.isNaN(quick)) {
            return quick;
        }
        double v = dateTimeText(b, s, e, line, c);
        lastDateStart[c] = s;
        lastDateEnd[c] = e;
        lastDateValue[c] = v;
        return v;
    }

    /**
     * When a date-time cell equals the column's previous one except for a trailing {@code :ss}
     * seconds field (and holds at least two colons, so that field is the seconds), the value is the
     * previous one shifted by the difference of the seconds: exact, as both are whole seconds.
     *
     * @return the value, or NaN when the shortcut does not apply
     */
    private double sameMinute(byte[] b, int s, int e, int c) {
        double last = lastDateValue[c];
        int ps = lastDateStart[c];
        int len = e - s;
        if (Double.isNaN(last) || lastDateEnd[c] - ps != len || len < 8 || len > 60 || b[e - 3] != ':'
                || !digit(b[e - 2]) || !digit(b[e - 1])) {
            return Double.NaN;
        }
        boolean colon = false;
        for (int i = 0; i < len - 2; i++) {
            byte x = b[s + i];
            if (x != b[ps + i]) {
                return Double.NaN;
            }
            colon |= i < len - 3 && x == ':';
        }
        int s0 = (b[ps + len - 2] - '0') * 10 + (b[ps + len - 1] - '0');
        int s1 = (b[e - 2] - '0') * 10 + (b[e - 1] - '0');
        if (!colon || s0 > 59 || s1 > 59) {
            return Double.NaN;
        }
        double v = last - s0 + s1;
        lastDateStart[c] = s;
        lastDateEnd[c] = e;
        lastDateValue[c] = v;
        return v;
    }

    private static boolean digit(byte x) {
        return x >= '0' && x <= '9';
    }

    private double dateTimeText(byte[] b, int s, int e, int line, int c) {
        String t = text(b, s, e).strip();
        if (t.isEmpty()) {
            return Double.NaN;
        }
        Optional<LocalDateTime> d = t.indexOf('T') > 0 ? iso(t) : WallClock.parse(t);
        if (d.isEmpty()) {
            throw FormatException.atLine(source, line, "cell " + (c + 1) + ": expected a date and time, found '" + t + "'");
        }
        return d.get().toEpochSecond(ZoneOffset.UTC) + d.get().getNano() / 1e9;
    }

    private static Optional<LocalDateTime> iso(String t) {
        try {
            return Optional.of(LocalDateTime.parse(t.endsWith("Z") ? t.substring(0, t.length() - 1) : t));
        } catch (java.time.DateTimeException ex) {
            return Optional.empty();
        }
    }

    private double code(String t, List<String> values, Map<String, Integer> codes, int line) {
        Integer k = codes.get(t);
        if (k == null) {
            if (values.size() >= MAX_TEXT_VALUES) {
                throw FormatException.atLine(source, line, "more than " + MAX_TEXT_VALUES
                        + " distinct values in a text column");
            }
            k = values.size();
            values.add(t);
            codes.put(t, k);
        }
        return k;
    }

    private static boolean missing(byte[] b, int s, int e) {
        String t = text(b, s, e).strip();
        return t.isEmpty() || t.equalsIgnoreCase("N/A") || t.equalsIgnoreCase("NA") || t.equals("-");
    }

    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != separatorFree(b[i])) {
                return false;
            }
        }
        return true;
    }

    private static byte separatorFree(byte c) {
        return c == ',' || c == ';' ? c : 0;
    }

    /**
     * @param b bytes
     * @param s start
     * @param e end
     * @return the bytes as text (ISO-8859-1), cut to 60 characters
     */
    static String text(byte[] b, int s, int e) {
        return new String(b, s, Math.min(e - s, 60), StandardCharsets.ISO_8859_1);
    }

    /**
     * @param b bytes
     * @param from start offset
     * @param to end offset
     * @return the number of line feeds and lone carriage returns plus one
     */
    public static int countLines(byte[] b, int from, int to) {
        int n = 1;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= to || b[i + 1] != '\n'))) {
                n++;
            }
        }
        return n;
    }
}
