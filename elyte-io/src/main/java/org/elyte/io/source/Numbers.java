package org.elyte.io.source;

import java.util.Locale;
import java.util.regex.Pattern;

import org.elyte.core.error.FormatException;

/**
 * Reads decimal numbers as instruments write them: decimal point or decimal comma
 * ({@code 6,700264E-010}), optional exponent, ASCII or Unicode minus. Rejects NaN, infinities,
 * Java-only spellings ({@code 1d}, hex) and numbers with both a point and a comma.
 */
public final class Numbers {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:[.,]\\d*)?|[.,]\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(?:nan|inf|infinity|1\\.#inf|1\\.#qnan)",
            Pattern.CASE_INSENSITIVE);

    private Numbers() {
    }

    /**
     * @param token a field, surrounding white space allowed
     * @return whether it is a finite decimal number in a spelling {@link #parse} accepts
     */
    public static boolean isNumber(String token) {
        return DECIMAL.matcher(normalise(token)).matches();
    }

    /**
     * @param token a field, surrounding white space allowed
     * @return whether it spells NaN or an infinity
     */
    public static boolean isNonFinite(String token) {
        return NON_FINITE.matcher(normalise(token)).matches();
    }

    /**
     * Parses one field.
     *
     * @param token the field text
     * @param source file name, for the message
     * @param line 1-based line number, for the message
     * @param what what the field holds (e.g. "frequency"), for the message
     * @return the value
     * @throws FormatException if the field is not a finite decimal number
     */
    public static double parse(String token, String source, int line, String what) {
        String t = normalise(token);
        if (isNonFinite(t)) {
            throw FormatException.atLine(source, line, what + " is '" + t + "'; expected a finite number");
        }
        if (!DECIMAL.matcher(t).matches()) {
            throw FormatException.atLine(source, line, "expected a number for " + what + ", found '"
                    + abbreviate(token) + "'");
        }
        double v = Double.parseDouble(t.replace(',', '.'));
        if (!Double.isFinite(v)) {
            throw FormatException.atLine(source, line, what + " '" + t + "' overflows a double");
        }
        return v;
    }

    /**
     * Parses a number stated in a file header, leniently.
     *
     * @param token the text
     * @return the value, or NaN when the text is not a finite decimal number
     */
    public static double parseOrNaN(String token) {
        String t = normalise(token);
        if (!DECIMAL.matcher(t).matches()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(t.replace(',', '.'));
        return Double.isFinite(v) ? v : Double.NaN;
    }

    /**
     * @param text any text
     * @return the text cut to 40 characters for a message
     */
    public static String abbreviate(String text) {
        String s = text.strip();
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private static String normalise(String token) {
        return token.strip().replace('\u2212', '-').toLowerCase(Locale.ROOT).replace('e', 'E');
    }
}
