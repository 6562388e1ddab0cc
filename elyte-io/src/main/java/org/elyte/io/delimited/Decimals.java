package org.elyte.io.delimited;

import java.nio.charset.StandardCharsets;

/**
 * Parses decimal numbers straight from ASCII bytes, without allocating: optional sign, digits
 * with a decimal point or a decimal comma, optional exponent. Values whose significand fits in
 * 2^53 and whose decimal exponent is within ±22 are computed exactly with one multiplication or
 * division (Clinger's fast path, correctly rounded); all others fall back to
 * {@link Double#parseDouble}. Rejects NaN, infinities, hex and empty fields by returning NaN.
 */
public final class Decimals {
    private static final double[] POW10 = new double[23];
    private static final long MAX_EXACT = 1L << 53;

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private Decimals() {
    }

    /**
     * @param b bytes
     * @param from first byte of the field (inclusive)
     * @param to end of the field (exclusive); surrounding spaces are skipped
     * @return the value, or NaN when the field is not a finite decimal number
     */
    public static double parse(byte[] b, int from, int to) {
        while (from < to && b[from] == ' ') {
            from++;
        }
        while (to > from && b[to - 1] == ' ') {
            to--;
        }
        int i = from;
        if (i >= to) {
            return Double.NaN;
        }
        boolean negative = false;
        if (b[i] == '-' || b[i] == '+') {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int significant = 0;
        int scale = 0;
        boolean point = false;
        for (; i < to; i++) {
            int c = b[i];
            if (c >= '0' && c <= '9') {
                digits++;
                if (significant < 18) {
                    if (mantissa != 0 || c != '0') {
                        significant++;
                    }
                    mantissa = mantissa * 10 + (c - '0');
                    if (point) {
                        scale--;
                    }
                } else if (!point) {
                    scale++;
                    significant++;
                } else {
                    significant++;
                }
            } else if ((c == '.' || c == ',') && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        int exponent = 0;
        if (i < to) {
            int c = b[i];
            if (c != 'e' && c != 'E') {
                return Double.NaN;
            }
            i++;
            boolean expNegative = false;
            if (i < to && (b[i] == '-' || b[i] == '+')) {
                expNegative = b[i] == '-';
                i++;
            }
            if (i >= to) {
                return Double.NaN;
            }
            for (; i < to; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    return Double.NaN;
                }
                if (exponent < 100_000) {
                    exponent = exponent * 10 + d;
                }
            }
            if (expNegative) {
                exponent = -exponent;
            }
        }
        int e10 = exponent + scale;
        if (significant <= 18 && mantissa < MAX_EXACT && e10 >= -22 && e10 <= 22) {
            double v = mantissa;
            v = e10 >= 0 ? v * POW10[e10] : v / POW10[-e10];
            return negative ? -v : v;
        }
        return slow(b, from, to);
    }

    private static double slow(byte[] b, int from, int to) {
        String s = new String(b, from, to - from, StandardCharsets.ISO_8859_1).replace(',', '.');
        try {
            double v = Double.parseDouble(s);
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
