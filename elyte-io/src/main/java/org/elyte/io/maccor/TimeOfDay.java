package org.elyte.io.maccor;

import java.time.LocalDate;

import org.elyte.core.error.FormatException;
import org.elyte.io.delimited.ByteLines;

/**
 * Reads the {@code DPt Time} column into seconds since 1970 of the local wall time. A cell is
 * {@code MM/DD/YYYY HH:MM:SS}, a date alone (Maccor writes midnight so) or a time of day alone
 * ({@code HH:MM:SS}, optional fraction); without a date, the date is the previous row's (the
 * header's {@code Date of Test} for the first row), advanced by a day whenever the time of day
 * goes backwards.
 */
final class TimeOfDay {
    private TimeOfDay() {
    }

    /**
     * @param name file name for messages
     * @param b file bytes
     * @param start offset of the first data line
     * @param firstLine its 1-based line number
     * @param column 0-based tab-separated column index
     * @param rows number of non-blank data rows (as the table parser counted them)
     * @param date the date of the first row
     * @return one value per row, s
     */
    static double[] read(String name, byte[] b, int start, int firstLine, int column, int rows, LocalDate date) {
        double[] out = new double[rows];
        double day = MaccorReader.midnight(date);
        double previous = -1;
        int row = 0;
        int line = firstLine;
        int pos = start;
        while (pos < b.length && row < rows) {
            int eol = ByteLines.end(b, pos);
            if (!blank(b, pos, eol)) {
                int s = pos;
                for (int c = 0; c < column && s <= eol; c++) {
                    while (s < eol && b[s] != '\t') {
                        s++;
                    }
                    s++;
                }
                int e = s;
                while (e < eol && b[e] != '\t') {
                    e++;
                }
                while (s < e && b[s] == ' ') {
                    s++;
                }
                int space = s;
                while (space < e && b[space] != ' ') {
                    space++;
                }
                double stated = s < e ? date(b, s, space) : Double.NaN;
                double tod;
                if (!Double.isNaN(stated)) {
                    tod = space >= e ? 0 : secondsOfDay(b, space + 1, e);
                } else {
                    tod = s <= eol ? secondsOfDay(b, s, e) : Double.NaN;
                }
                if (Double.isNaN(tod)) {
                    throw FormatException.atLine(name, line, "DPt Time: expected [MM/DD/YYYY] HH:MM:SS, found '"
                            + new String(b, s, Math.min(Math.max(0, e - s), 40), java.nio.charset.StandardCharsets.ISO_8859_1)
                            + "'");
                }
                if (!Double.isNaN(stated)) {
                    day = stated;
                } else if (previous >= 0 && tod < previous) {
                    day += 86400;
                }
                previous = tod;
                out[row++] = day + tod;
            }
            pos = ByteLines.next(b, eol);
            line++;
        }
        return out;
    }

    /** @return seconds since 1970 of the local midnight of M/D/YYYY, or NaN when it is not such a date */
    private static double date(byte[] b, int s, int e) {
        int[] parts = new int[3];
        int p = 0;
        int digits = 0;
        for (int i = s; i < e; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9' && digits < 4) {
                parts[p] = parts[p] * 10 + (c - '0');
                digits++;
            } else if (c == '/' && p < 2 && digits > 0) {
                p++;
                digits = 0;
            } else {
                return Double.NaN;
            }
        }
        if (p != 2 || digits != 4 || parts[0] < 1 || parts[0] > 12 || parts[1] < 1 || parts[1] > 31) {
            return Double.NaN;
        }
        try {
            return MaccorReader.midnight(LocalDate.of(parts[2], parts[0], parts[1]));
        } catch (java.time.DateTimeException ex) {
            return Double.NaN;
        }
    }

    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** @return seconds since midnight, or NaN when the text is not H:MM:SS[.fff] */
    private static double secondsOfDay(byte[] b, int s, int e) {
        while (s < e && b[s] == ' ') {
            s++;
        }
        while (e > s && b[e - 1] == ' ') {
            e--;
        }
        int[] parts = new int[3];
        int p = 0;
        int i = s;
        int digits = 0;
        while (i < e && p < 3) {
            byte c = b[i];
            if (c >= '0' && c <= '9' && digits < 3) {
                parts[p] = parts[p] * 10 + (c - '0');
                digits++;
            } else if (c == ':' && p < 2 && digits > 0) {
                p++;
                digits = 0;
            } else {
                break;
            }
            i++;
        }
        if (p != 2 || digits == 0 || parts[0] > 23 || parts[1] > 59 || parts[2] > 60) {
            return Double.NaN;
        }
        double frac = 0;
        if (i < e && b[i] == '.') {
            double scale = 0.1;
            for (i++; i < e && b[i] >= '0' && b[i] <= '9'; i++) {
                frac += (b[i] - '0') * scale;
                scale /= 10;
            }
        }
        return i == e ? parts[0] * 3600.0 + parts[1] * 60.0 + parts[2] + frac : Double.NaN;
    }
}
