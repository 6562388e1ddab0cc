package org.elyte.io.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where frequency, Z' and Z'' sit in a table, found from the header names, and whether the Z''
 * column holds −Z'' (its name starts with a minus: {@code -Z''}, {@code -Im(Z)/Ohm},
 * {@code -Zimag}).
 *
 * @param frequency 0-based column of the frequency
 * @param real 0-based column of Z'
 * @param imag 0-based column of Z'' or −Z''
 * @param imagNegated whether the Z'' column holds −Z''
 */
public record ImpedanceColumns(int frequency, int real, int imag, boolean imagNegated) {
    private static final String UNIT = "(?:\\s*[\\[(/].*)?";
    private static final Pattern FREQUENCY = Pattern.compile("(?:f|freq|frequency)\\.?" + UNIT);
    private static final Pattern REAL = Pattern.compile(
            "(?:z'|zs'|zre|zreal|z_re|z_real|re\\(z\\)|rez|re_z|real|realz|real\\(z\\)|zr)" + UNIT);
    private static final Pattern IMAG = Pattern.compile(
            "(-)?(?:z''|zs''|zim|zimag|z_im|z_imag|im\\(z\\)|imz|im_z|imag|imagz|imaginary|imag\\(z\\)|zi)" + UNIT);

    /** @return the highest column index used, 0-based */
    public int maxIndex() {
        return Math.max(frequency, Math.max(real, imag));
    }

    /**
     * The first three columns, Z'' signed: the layout of a file without a header.
     *
     * @return columns 0, 1, 2
     */
    public static ImpedanceColumns firstThree() {
        return new ImpedanceColumns(0, 1, 2, false);
    }

    /**
     * Finds the columns by name. Names are compared case-insensitively without spaces, with
     * Unicode primes read as apostrophes and a unit suffix ({@code /Ohm}, {@code [Hz]},
     * {@code (Hz)}) ignored.
     *
     * @param header the header cells
     * @return the columns, when frequency, Z' and Z'' are all named
     */
    public static Optional<ImpedanceColumns> find(List<String> header) {
        int f = -1;
        int re = -1;
        int im = -1;
        boolean negated = false;
        for (int i = 0; i < header.size(); i++) {
            String n = normalise(header.get(i));
            if (f < 0 && FREQUENCY.matcher(n).matches()) {
                f = i;
            } else if (im < 0 && IMAG.matcher(n).matches()) {
                var m = IMAG.matcher(n);
                m.matches();
                im = i;
                negated = m.group(1) != null;
            } else if (re < 0 && REAL.matcher(n).matches()) {
                re = i;
            }
        }
        return f >= 0 && re >= 0 && im >= 0 ? Optional.of(new ImpedanceColumns(f, re, im, negated)) : Optional.empty();
    }

    /**
     * @param header a header cell
     * @return the cell as compared: lower case, no quotes or spaces, primes as apostrophes
     */
    public static String normalise(String header) {
        return Fields.unquote(header).toLowerCase(Locale.ROOT)
                .replace("\u2033", "''").replace('\u2032', '\'').replace('\u2019', '\'').replace('\u2212', '-')
                .replace("\"", "''").replace(" ", "").replace("\t", "");
    }
}
